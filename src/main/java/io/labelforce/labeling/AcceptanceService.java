package io.labelforce.labeling;

import io.labelforce.common.BatchResponse;
import io.labelforce.common.Ids;
import io.labelforce.labeling.CounterStore.MemberCounts;
import io.labelforce.sample.SampleCatalog;
import io.labelforce.task.TaskStatus;
import io.labelforce.task.TaskWorkflow;
import io.labelforce.task.TaskWorkflow.WorkflowTask;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Acceptance (23–26, decision W31): the owner samples copies awaiting acceptance, gives verdicts, and finishes with
 * an action; each call is one transaction under the task's row lock, and the task moves 1 → 7 → 2 and 2 → 5 → 3/4
 * within it (7 and 5 are visible only inside the transaction).
 */
@Service
@Transactional(readOnly = true)
class AcceptanceService {

    /** The copy states of work awaiting the owner's acceptance: those an acceptance settles (the one table). */
    private static final List<CopyState> AWAITING_ACCEPTANCE = List.copyOf(CopyMove.PASS.from());

    /** Conflicting samples whose copies action 3 shows (the first by sample id; {@code sample_count} counts all). */
    static final int CONFLICTS_SHOWN = 100;

    private final TaskWorkflow tasks;
    private final AcceptanceStore acceptances;
    private final CounterStore counters;
    private final CopyStore copies;
    private final CopyViewer views;
    private final SampleCatalog samples;
    private final Clock clock;

    AcceptanceService(
            TaskWorkflow tasks,
            AcceptanceStore acceptances,
            CounterStore counters,
            CopyStore copies,
            CopyViewer views,
            SampleCatalog samples,
            Clock clock) {
        this.tasks = tasks;
        this.acceptances = acceptances;
        this.counters = counters;
        this.copies = copies;
        this.views = views;
        this.samples = samples;
        this.clock = clock;
    }

    @Transactional
    Map<String, String> start(String projectId, String datasetId, String taskId, AcceptanceRequests.Create request) {
        if ((request.samplingRate() == null) == (request.samplingNum() == null)) {
            throw LabelingErrors.invalid("Give exactly one of sampling_rate and sampling_num");
        }
        WorkflowTask task = owned(projectId, datasetId, taskId);
        tasks.move(projectId, datasetId, taskId, TaskStatus.Move.START_ACCEPTANCE);
        CopyStore.TaskKey key = CopyStore.TaskKey.of(task);
        long candidates = all(projectId, taskId).copies(CopyState.UNCHECK);
        Integer num = request.samplingNum();
        Double rate = request.samplingRate();
        long n = num != null ? Math.min(num, candidates) : (long) Math.ceil(candidates * (rate == null ? 0 : rate));
        String id = Ids.alphanumeric19();
        Instant now = clock.instant();
        int sampled = acceptances.sample(key, id, n, now);
        acceptances.insert(key, id, request.samplingRate(), request.samplingNum(), candidates, sampled, now);
        tasks.move(projectId, datasetId, taskId, TaskStatus.Move.SAMPLED);
        return Map.of("task_id", id);
    }

    @Transactional
    BatchResponse comment(String projectId, String datasetId, String taskId, CopyRequests.CommentRequest request) {
        WorkflowTask task = owned(projectId, datasetId, taskId);
        if (task.status() != TaskStatus.UNDER_ACCEPTANCE) {
            throw LabelingErrors.notRunning("acceptance verdicts", task.status(), "under acceptance (2)");
        }
        CopyStore.TaskKey key = CopyStore.TaskKey.of(task);
        String id = acceptances.running(key).orElseThrow().id();
        List<CopyRequests.SampleComment> comments = request.comments() == null ? List.of() : request.comments();
        Map<String, CopyStore.Verdict> verdicts = new LinkedHashMap<>();
        for (CopyRequests.SampleComment c : comments) {
            String workerId = c.workerId() == null ? "" : c.workerId();
            verdicts.putIfAbsent(
                    c.sampleId() + "/" + workerId,
                    new CopyStore.Verdict(c.sampleId(), workerId, c.accept(), c.comment(), c.score()));
        }
        Set<String> done = verdicts.isEmpty()
                ? Set.of()
                : acceptances
                        .check(
                                key,
                                id,
                                verdicts.values().stream()
                                        .sorted(java.util.Comparator.comparing(CopyStore.Verdict::sampleId))
                                        .toList(),
                                clock.instant())
                        .stream()
                        .map(CopyStore.Touched::sampleId)
                        .collect(Collectors.toSet());
        return BatchResponse.of(comments.stream()
                .map(c -> done.contains(c.sampleId())
                        ? BatchResponse.ok()
                        : BatchResponse.failed(
                                LabelingErrors.SAMPLE_NOT_FOUND,
                                "Sample " + c.sampleId() + " is not sampled by the running acceptance"))
                .toList());
    }

    @Transactional
    Map<String, Object> finish(String projectId, String datasetId, String taskId, AcceptanceRequests.Finish request) {
        WorkflowTask task = owned(projectId, datasetId, taskId);
        int action = request.action() == null ? 0 : request.action();
        CopyStore.TaskKey key = CopyStore.TaskKey.of(task);
        if (action == 3) {
            return conflicts(task, key);
        }
        Instant now = clock.instant();
        if (action == 2) {
            tasks.move(projectId, datasetId, taskId, TaskStatus.Move.CANCEL_ACCEPTANCE);
            String id = acceptances.running(key).orElseThrow().id();
            acceptances.cancel(key, id, now);
            acceptances.finish(key, id, "CANCELLED", action, now);
            return Map.of();
        }
        tasks.move(projectId, datasetId, taskId, TaskStatus.Move.FINISH_ACCEPTANCE);
        String id = acceptances.running(key).orElseThrow().id();
        List<CopyState> pass = switch (action) {
            case 0 -> AWAITING_ACCEPTANCE;
            case 1 -> List.of();
            case 4 -> List.of(CopyState.UNCHECK, CopyState.SAMPLED, CopyState.SAMPLED_ACCEPTED);
            default -> List.of(CopyState.SAMPLED_ACCEPTED);
        };
        List<CopyState> fail =
                AWAITING_ACCEPTANCE.stream().filter(s -> !pass.contains(s)).toList();
        MemberCounts before = all(projectId, taskId);
        long failing = fail.stream().mapToLong(before::copies).sum();
        acceptances.settle(key, pass, fail, now);
        if (task.autoSyncDataset() && !pass.isEmpty()) {
            samples.writeLabels(projectId, datasetId, acceptances.acceptedLabels(key), "human", now);
        }
        boolean passed = failing == 0;
        tasks.move(projectId, datasetId, taskId, passed ? TaskStatus.Move.PASS : TaskStatus.Move.REJECT);
        acceptances.finish(key, id, passed ? "PASSED" : "REJECTED", action, now);
        return Map.of();
    }

    /**
     * Action 3: the samples awaiting acceptance whose copies disagree, with those copies; changes nothing (W33).
     */
    private Map<String, Object> conflicts(WorkflowTask task, CopyStore.TaskKey key) {
        // refused where finishing would be (the same 409), but nothing moves
        TaskStatus.Move.FINISH_ACCEPTANCE.check(task.status());
        AcceptanceStore.Conflicts conflicts = acceptances.conflicts(key, AWAITING_ACCEPTANCE, CONFLICTS_SHOWN);
        List<CopyRow> all = copies.allCopies(key, conflicts.sampleIds());
        List<CopyRow> disagreeing = all.stream()
                .filter(c -> AWAITING_ACCEPTANCE.contains(c.state()))
                .toList();
        return Map.of("sample_count", conflicts.total(), "samples", views.of(task, disagreeing, all));
    }

    AcceptanceViews.Report report(String projectId, String datasetId, String taskId, @Nullable String checkingTaskId) {
        WorkflowTask task = owned(projectId, datasetId, taskId);
        CopyStore.TaskKey key = CopyStore.TaskKey.of(task);
        AcceptanceStore.Acceptance acceptance = (checkingTaskId == null || checkingTaskId.isEmpty()
                        ? acceptances.running(key)
                        : acceptances.find(key, checkingTaskId))
                .orElseThrow(() -> LabelingErrors.acceptanceNotFound(checkingTaskId));
        AcceptanceViews.CheckTaskStats stats = AcceptanceViews.CheckTaskStats.of(
                task.taskId(), acceptance, all(projectId, taskId).total(), acceptances.report(key, acceptance.id()));
        return new AcceptanceViews.Report(stats, stats);
    }

    private MemberCounts all(String projectId, String taskId) {
        MemberCounts all = MemberCounts.empty();
        for (MemberCounts m : counters.counts(projectId, List.of(taskId))
                .getOrDefault(taskId, Map.of())
                .values()) {
            all = all.plus(m);
        }
        return all;
    }

    /** The task, for its owner only (W31: acceptance is the owner's). */
    private WorkflowTask owned(String projectId, String datasetId, String taskId) {
        WorkflowTask task =
                tasks.find(projectId, datasetId, taskId).orElseThrow(() -> LabelingErrors.taskNotFound(taskId));
        if (!MemberAccess.of(task).owner()) {
            throw LabelingErrors.forbidden("Only the task's owner accepts it: a member's credential may not");
        }
        return task;
    }
}
