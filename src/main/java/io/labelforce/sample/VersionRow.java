package io.labelforce.sample;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** One dataset version: the counts and label statistics frozen at release, and where its manifest is. */
record VersionRow(
        String projectId,
        String datasetId,
        String id,
        String name,
        String description,
        int status,
        @Nullable String previousVersionId,
        boolean current,
        String versionFormat,
        String trainEvaluateSampleRatio,
        Map<String, Boolean> options,
        int taskType,
        long totalSampleCount,
        long annotatedSampleCount,
        List<Map<String, Object>> labelStats,
        String manifestBucket,
        String manifestKey,
        Instant createTime) {

    /** Status 1: released and usable ("running" in the reference). Releases are synchronous here. */
    static final int NORMAL = 1;

    @JsonIgnore
    String manifestPath() {
        return "/" + manifestBucket + "/" + manifestKey;
    }
}
