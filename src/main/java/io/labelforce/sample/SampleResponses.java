package io.labelforce.sample;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** Response bodies of the sample endpoints. */
final class SampleResponses {

    private SampleResponses() {}

    /** ListDatasetVersions (50). */
    record VersionList(long totalNumber, List<VersionView> versions) {}

    /** ListSamples (37). */
    record SampleList(long sampleCount, List<SampleView> samples) {}

    /** A sample as DescribeSampleResp shows it; {@code source} is a presigned, time-limited URL. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record SampleView(
            String sampleId,
            String sampleName,
            String sampleDir,
            int sampleType,
            String sampleStatus,
            long sampleTime,
            long sampleSize,
            @Nullable String source,
            List<SampleLabel> labels,
            Map<String, Object> metadata,
            @Nullable String sampleUsage) {

        static SampleView of(SampleRow r, @Nullable String source) {
            int slash = r.objectKey().lastIndexOf('/');
            String dir =
                    "/" + r.bucket() + "/" + (slash < 0 ? "" : r.objectKey().substring(0, slash + 1));
            return new SampleView(
                    r.id(),
                    r.name(),
                    dir,
                    r.sampleType(),
                    r.state().wire(),
                    r.sampleTime().toEpochMilli(),
                    r.size(),
                    source,
                    r.labels(),
                    r.metadata(),
                    r.sampleUsage());
        }
    }
}
