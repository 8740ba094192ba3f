package io.labelforce.labeling;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.labelforce.workforce.WorkerRole;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/** Response bodies of the member endpoints and the task statistics. */
final class CopyViews {

    private CopyViews() {}

    /** A copy as DescribeSampleResp shows it: the dataset sample with the member's labels and verdicts. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record CopyView(
            String sampleId,
            @Nullable String sampleName,
            @Nullable String sampleDir,
            @Nullable Integer sampleType,
            String sampleStatus,
            @Nullable Long sampleTime,
            @Nullable Long sampleSize,
            @Nullable String source,
            JsonNode labels,
            @Nullable Map<String, Object> metadata,
            @Nullable String sampleUsage,
            String workerId,
            List<Labeler> labelers,
            @Nullable Boolean reviewAccept,
            @Nullable String reviewComment,
            @Nullable String reviewScore,
            @Nullable Boolean checkAccept,
            @Nullable String checkComment,
            @Nullable String checkScore) {}

    record Labeler(String email, String workerId, WorkerRole role) {}

    record CopyList(long sampleCount, List<CopyView> samples) {}

    /** ListWorkforceTaskStats (21). */
    record TaskStats(
            List<LabelStat> labelStats,
            Map<String, List<LabelStat>> groupedLabelStats,
            Map<String, Long> sampleStats,
            Map<String, Long> keySampleStats,
            Map<String, Object> hardDetailStats,
            Map<String, Object> metadataStats,
            Map<String, Object> deletionStats,
            boolean dataSplitingEnable) {}

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record LabelStat(
            String name,
            @Nullable Integer type,
            @Nullable Map<String, String> property,
            long count,
            long sampleCount) {}

    /** GetWorkforceTaskMetrics (22): per member e-mail, the counters of (21) without {@code total}. */
    record Metrics(Map<String, Map<String, Long>> sampleStats) {}
}
