package io.labelforce.job;

import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A job as {@code query_label_jobs} lists it. {@code create_time} is an ISO-8601 UTC string (the SDK
 * documents a "Datetime"); counts in {@code progress_detail} are strings, as documented.
 */
record JobView(
        UUID id,
        String name,
        String description,
        String dataType,
        @Nullable String path,
        @Nullable String filterName,
        String type,
        String createTime,
        long dlsPrjId,
        String progress,
        ProgressDetail progressDetail) {

    record ProgressDetail(String totalCount, String hasTagCount, String notTagCount) {}

    static JobView of(AnnotationJobEntity job) {
        long total = job.getTotalCount();
        long labeled = job.getLabeledCount();
        String progress = total == 0 ? "0.00" : String.format(java.util.Locale.ROOT, "%.2f", 100.0 * labeled / total);
        return new JobView(
                job.getId(),
                job.getName(),
                job.getDescription(),
                job.getDataType(),
                job.getPath(),
                job.getFilterId(),
                job.getType(),
                job.getCreateTime().toString(),
                job.getDlsPrjId(),
                progress,
                new ProgressDetail(Long.toString(total), Long.toString(labeled), Long.toString(total - labeled)));
    }
}
