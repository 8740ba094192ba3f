package io.labelforce.sample;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** A DatasetVersion as ListDatasetVersions and DescribeDatasetVersion show it. */
@JsonInclude(JsonInclude.Include.NON_NULL)
record VersionView(
        String versionId,
        String versionName,
        @Nullable String previousVersionId,
        int status,
        boolean isCurrent,
        long createTime,
        long updateTime,
        String description,
        long totalSampleCount,
        long annotatedSampleCount,
        List<Map<String, Object>> labelStats,
        String labelType,
        int taskType,
        String versionFormat,
        String trainEvaluateSampleRatio,
        boolean clearHardProperty,
        boolean removeSampleUsage,
        boolean exportImages,
        boolean withColumnHeader,
        String manifestPath) {

    static VersionView of(VersionRow v) {
        Map<String, Boolean> o = v.options();
        return new VersionView(
                v.id(),
                v.name(),
                v.previousVersionId(),
                v.status(),
                v.current(),
                v.createTime().toEpochMilli(),
                v.createTime().toEpochMilli(),
                v.description(),
                v.totalSampleCount(),
                v.annotatedSampleCount(),
                v.labelStats(),
                Boolean.FALSE.equals(o.get("single")) ? "multi" : "single",
                v.taskType(),
                v.versionFormat(),
                v.trainEvaluateSampleRatio(),
                Boolean.TRUE.equals(o.get("clear_hard_property")),
                Boolean.TRUE.equals(o.get("remove_sample_usage")),
                Boolean.TRUE.equals(o.get("export_images")),
                Boolean.TRUE.equals(o.get("with_column_header")),
                v.manifestPath());
    }
}
