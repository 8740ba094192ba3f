package io.labelforce.task;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.labelforce.dataset.Label;
import io.labelforce.dataset.SampleCounts;
import io.labelforce.workforce.WorkerRole;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** Response shapes of the task API (the WorkforceTask and WorkerTask objects of ModelArts API Reference › Data Management › Querying Details About a Team Labeling Task, DescWorkforceTask); absent parts are left out. */
final class TaskViews {

    private TaskViews() {}

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record WorkforceTask(
            String taskId,
            String taskName,
            String description,
            String datasetId,
            @Nullable String versionId,
            TaskStatus status,
            int repetition,
            boolean autoSyncDataset,
            boolean synchronizeData,
            boolean synchronizeAutoLabelingData,
            @Nullable Integer dataSyncType,
            @Nullable String sampleConditions,
            WorkforcesConfigView workforcesConfig,
            @Nullable WorkforceStats workforceStats,
            @Nullable SampleStats sampleStats,
            @Nullable List<LabelStats> labelStats,
            long createTime,
            long updateTime,
            @Nullable List<WorkerTask> workerStats,
            String projectId,
            @Nullable Integer taskType,
            @Nullable String datasetName,
            long totalSampleCount,
            long annotatedSampleCount,
            boolean workforceTask,
            double checkRate,
            double passRate,
            double score) {}

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record WorkforcesConfigView(@Nullable String agency, List<WorkforceView> workforces) {}

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record WorkforceView(String workforceId, @Nullable String workforceName, List<WorkerView> workers) {}

    record WorkerView(String email, String workerId, WorkerRole role) {}

    record WorkforceStats(int workforceCount, int labelerCount, int reviewerCount) {}

    /** The reference's SampleStats. */
    record SampleStats(
            long totalSampleCount,
            long unannotatedSampleCount,
            long unreviewedSampleCount,
            long uncheckSampleCount,
            long sampledSampleCount,
            long acceptedSampleCount,
            long rejectedSampleCount,
            long autoAnnotationSampleCount,
            long deletedSampleCount) {

        static final SampleStats NONE = new SampleStats(0, 0, 0, 0, 0, 0, 0, 0, 0);

        /** A started task's (or member's) copies, from the labeling module's counters. */
        static SampleStats of(TaskProgress.Counts c) {
            return new SampleStats(
                    c.total(),
                    c.unannotated(),
                    c.unreviewed(),
                    c.uncheck(),
                    c.sampled(),
                    c.accepted(),
                    c.rejected(),
                    0,
                    0);
        }

        /**
         * Until samples are distributed to members, a task covers its dataset's samples: labeled ones await
         * review, auto-labeled ones confirmation, the rest labeling.
         */
        static SampleStats of(SampleCounts counts) {
            long unannotated = counts.total() - counts.annotated() - counts.unconfirmed();
            return new SampleStats(
                    counts.total(),
                    unannotated,
                    counts.annotated(),
                    0,
                    0,
                    0,
                    0,
                    counts.unconfirmed(),
                    counts.deleted());
        }
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record LabelStats(
            String name,
            @Nullable Integer type,
            java.util.@Nullable Map<String, String> property,
            @Nullable List<Label.LabelAttribute> attributes,
            long count,
            long sampleCount) {}

    /** A member task (WorkerTask): items of ListWorkerTasks and {@code worker_stats} of DescWorkforceTask. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record WorkerTask(
            String workerId,
            String email,
            WorkerRole role,
            String taskId,
            String workforceTaskName,
            String datasetId,
            int datasetType,
            MemberTaskStatus taskStatus,
            EmailStatus emailStatus,
            long lastNotifyTime,
            SampleStats sampleStats,
            double passRate,
            double score,
            long createTime,
            long updateTime) {}

    record TaskId(String taskId) {}

    record TaskList(long count, List<WorkforceTask> tasks) {}

    record WorkerTaskList(long count, List<WorkerTask> workerTasks) {}
}
