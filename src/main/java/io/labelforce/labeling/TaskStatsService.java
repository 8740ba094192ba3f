package io.labelforce.labeling;

import io.labelforce.labeling.CounterStore.MemberCounts;
import io.labelforce.task.TaskWorkflow;
import io.labelforce.task.TaskWorkflow.Member;
import io.labelforce.task.TaskWorkflow.WorkflowTask;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * ListWorkforceTaskStats (21) and GetWorkforceTaskMetrics (22), from the counters only (decision W29): the task and
 * its members (two queries), the counters (two), the label counts (one), whatever the number of samples.
 */
@Service
@Transactional(readOnly = true)
class TaskStatsService {

    private final TaskWorkflow tasks;
    private final CounterStore counters;
    private final Synchronizer synchronizer;

    TaskStatsService(TaskWorkflow tasks, CounterStore counters, Synchronizer synchronizer) {
        this.tasks = tasks;
        this.counters = counters;
        this.synchronizer = synchronizer;
    }

    CopyViews.TaskStats stats(String projectId, String datasetId, String taskId, @Nullable String sampleState) {
        WorkflowTask task = task(projectId, datasetId, taskId);
        MemberAccess.of(task);
        if (sampleState != null
                && !sampleState.isBlank()
                && CopyState.parse(sampleState).isEmpty()) {
            throw LabelingErrors.invalid("sample_state: not a sample state of a team labeling task");
        }
        synchronizer.syncIfGrown(task);
        MemberCounts all = MemberCounts.empty();
        for (MemberCounts member : counters.counts(projectId, List.of(taskId))
                .getOrDefault(taskId, Map.of())
                .values()) {
            all = all.plus(member);
        }
        Map<String, Long> sampleStats = stateCounts(all);
        sampleStats.put("total", all.total());
        Map<String, long[]> labelCounts = counters.labels(new CopyStore.TaskKey(projectId, datasetId, taskId));
        List<CopyViews.LabelStat> labelStats = new ArrayList<>();
        Map<String, List<CopyViews.LabelStat>> grouped = new TreeMap<>();
        for (TaskWorkflow.TaskLabel label : task.labels()) {
            long[] used = labelCounts.getOrDefault(label.name(), new long[2]);
            CopyViews.LabelStat stat =
                    new CopyViews.LabelStat(label.name(), label.type(), label.property(), used[0], used[1]);
            labelStats.add(stat);
            grouped.computeIfAbsent(String.valueOf(label.type()), k -> new ArrayList<>())
                    .add(stat);
        }
        return new CopyViews.TaskStats(
                labelStats,
                grouped,
                sampleStats,
                Map.of("total", all.samples(), "non_key_sample", all.samples(), "key_sample", 0L),
                Map.of(),
                Map.of(),
                Map.of(),
                false);
    }

    CopyViews.Metrics metrics(String projectId, String datasetId, String taskId) {
        WorkflowTask task = task(projectId, datasetId, taskId);
        MemberAccess.of(task);
        Map<String, MemberCounts> members =
                counters.counts(projectId, List.of(taskId)).getOrDefault(taskId, Map.of());
        Map<String, Map<String, Long>> result = new TreeMap<>();
        for (Member labeler : task.labelers()) {
            result.put(labeler.email(), stateCounts(members.getOrDefault(labeler.workerId(), MemberCounts.empty())));
        }
        return new CopyViews.Metrics(result);
    }

    /** The stats keys of the reference (and {@code sampled}), each the sum of its states' copies. */
    private static Map<String, Long> stateCounts(MemberCounts counts) {
        Map<String, Long> result = new LinkedHashMap<>();
        for (String key : List.of("un_annotation", "unreviewed", "uncheck", "sampled", "accepted", "rejected")) {
            result.put(key, 0L);
        }
        result.put("auto_annotation", 0L);
        for (CopyState state : CopyState.values()) {
            result.merge(state.statsKey(), counts.copies(state), Long::sum);
        }
        return result;
    }

    private WorkflowTask task(String projectId, String datasetId, String taskId) {
        return tasks.find(projectId, datasetId, taskId).orElseThrow(() -> LabelingErrors.taskNotFound(taskId));
    }
}
