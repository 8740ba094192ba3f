package io.labelforce.sample;

import io.labelforce.storage.ObjectRef;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** One stored sample: metadata and labels; the file is the object {@link #object()}. */
record SampleRow(
        String id,
        String projectId,
        String datasetId,
        String name,
        int sampleType,
        String bucket,
        String objectKey,
        long size,
        Instant sampleTime,
        Instant createTime,
        Instant updateTime,
        SampleState state,
        List<SampleLabel> labels,
        Map<String, Object> metadata,
        @Nullable String sampleUsage,
        @Nullable String annotatedBy) {

    ObjectRef object() {
        return new ObjectRef(bucket, objectKey);
    }

    List<String> labelNames() {
        return labels.stream().map(SampleLabel::name).distinct().toList();
    }

    /** The state labels put a sample in: none → {@code NONE}; else final or "to be confirmed". */
    static SampleState stateFor(List<SampleLabel> labels, boolean finalAnnotation) {
        if (labels.isEmpty()) {
            return SampleState.NONE;
        }
        return finalAnnotation ? SampleState.ALL : SampleState.AUTO_ANNOTATION;
    }
}
