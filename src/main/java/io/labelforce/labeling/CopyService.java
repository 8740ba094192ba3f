package io.labelforce.labeling;

import io.labelforce.common.BatchResponse;
import io.labelforce.common.PageParams;
import io.labelforce.sample.SampleCatalog;
import io.labelforce.sample.SampleLabel;
import io.labelforce.task.TaskStatus;
import io.labelforce.task.TaskWorkflow;
import io.labelforce.task.TaskWorkflow.WorkflowTask;
import io.labelforce.workforce.WorkerEmails;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * The member endpoints: list and open copies (27, 28), label (29), review (30). Each call reads the task and its
 * members once, decides the caller's {@link MemberAccess}, and runs a fixed number of statements whatever the
 * batch size.
 */
@Service
@Transactional(readOnly = true)
class CopyService {

    /** The task statuses that take labels and reviews: running, and while an acceptance runs (decision W24). */
    private static final Set<TaskStatus> WORKING =
            Set.of(TaskStatus.RUNNING, TaskStatus.SAMPLING, TaskStatus.UNDER_ACCEPTANCE);

    private final TaskWorkflow tasks;
    private final CopyStore copies;
    private final SampleCatalog samples;
    private final Synchronizer synchronizer;
    private final CopyViewer views;
    private final JsonMapper json;
    private final Clock clock;

    CopyService(
            TaskWorkflow tasks,
            CopyStore copies,
            SampleCatalog samples,
            Synchronizer synchronizer,
            CopyViewer views,
            JsonMapper json,
            Clock clock) {
        this.tasks = tasks;
        this.synchronizer = synchronizer;
        this.copies = copies;
        this.samples = samples;
        this.views = views;
        this.json = json;
        this.clock = clock;
    }

    record ListQuery(
            PageParams page,
            @Nullable String sampleState,
            @Nullable String labelName,
            @Nullable String searchConditions) {}

    CopyViews.CopyList list(String projectId, String datasetId, String taskId, ListQuery query) {
        WorkflowTask task = task(projectId, datasetId, taskId);
        synchronizer.syncIfGrown(task);
        MemberAccess access = MemberAccess.of(task);
        List<CopyState> states = states(query.sampleState());
        CopyStore.TaskKey key = CopyStore.TaskKey.of(task);
        CopyStore.Scope scope = scope(access);
        String label = query.labelName() == null || query.labelName().isEmpty() ? null : query.labelName();
        // search_conditions pick the dataset's samples as a task's sample_conditions do (W25, W32)
        String conditions = query.searchConditions();
        SampleCatalog.Selection selected =
                conditions == null || conditions.isBlank() ? null : samples.select(projectId, datasetId, conditions);
        CopyStore.Filter filter = new CopyStore.Filter(states, label, selected);
        List<CopyRow> page = copies.page(
                key, scope, filter, query.page().skip(), query.page().limit());
        long count = copies.count(key, scope, filter);
        return new CopyViews.CopyList(count, views.of(task, page));
    }

    CopyViews.CopyView get(
            String projectId, String datasetId, String taskId, String sampleId, @Nullable String workerId) {
        WorkflowTask task = task(projectId, datasetId, taskId);
        MemberAccess access = MemberAccess.of(task);
        List<CopyRow> visible = copies.copies(CopyStore.TaskKey.of(task), scope(access), sampleId);
        // the member named, else the caller's own copy, else the first the caller may see
        CopyRow copy = visible.stream()
                .filter(c -> workerId == null || workerId.isEmpty()
                        ? access.labelerIds().isEmpty() || access.labelerIds().contains(c.workerId())
                        : c.workerId().equals(workerId))
                .findFirst()
                .or(() -> workerId == null || workerId.isEmpty()
                        ? visible.stream().findFirst()
                        : java.util.Optional.empty())
                .orElseThrow(() -> LabelingErrors.sampleNotFound(sampleId));
        return views.of(task, List.of(copy)).get(0);
    }

    @Transactional
    BatchResponse label(String projectId, String datasetId, String taskId, CopyRequests.LabelRequest request) {
        WorkflowTask task = task(projectId, datasetId, taskId);
        MemberAccess access = MemberAccess.of(task);
        List<String> labelerIds = access.requireLabeler();
        if (request.email() != null
                && !request.email().isEmpty()
                && !WorkerEmails.normalise(request.email()).equals(access.email())) {
            throw LabelingErrors.forbidden("email: a member labels only as itself (" + access.email() + ")");
        }
        checkWorking(task, "labels");
        Map<String, BatchResponse> results = new HashMap<>();
        List<CopyStore.LabelItem> items = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (CopyRequests.LabelItem item : request.samples()) {
            String workerId = item.workerId() == null ? "" : item.workerId();
            if (!seen.add(item.sampleId() + "/" + workerId)) {
                continue; // the first occurrence decides; a repeat gets its result
            }
            List<SampleLabel> labels = item.labels() == null ? List.of() : item.labels();
            items.add(new CopyStore.LabelItem(item.sampleId(), workerId, json.writeValueAsString(labels)));
        }
        List<CopyStore.Touched> touched = copies.label(
                CopyStore.TaskKey.of(task),
                labelerIds,
                task.reviewedTeams(),
                items,
                java.util.Objects.requireNonNull(access.email()),
                clock.instant());
        Set<String> done = touched.stream().map(CopyStore.Touched::sampleId).collect(Collectors.toSet());
        List<String> missed = items.stream()
                .map(CopyStore.LabelItem::sampleId)
                .filter(id -> !done.contains(id))
                .toList();
        Map<String, CopyRow> states = missed.isEmpty()
                ? Map.of()
                : copies
                        .states(CopyStore.TaskKey.of(task), new CopyStore.Scope(false, labelerIds, List.of()), missed)
                        .stream()
                        .collect(Collectors.toMap(CopyRow::sampleId, Function.identity(), (a, b) -> a));
        for (CopyStore.LabelItem item : items) {
            CopyRow copy = states.get(item.sampleId());
            results.put(
                    item.sampleId() + "/" + item.workerId(),
                    done.contains(item.sampleId())
                            ? BatchResponse.ok()
                            : copy == null
                                    ? BatchResponse.failed(
                                            LabelingErrors.SAMPLE_NOT_FOUND,
                                            "Sample " + item.sampleId() + " is not among your copies in this task")
                                    : BatchResponse.failed(
                                            LabelingErrors.WRONG_COPY_STATE,
                                            "Sample " + item.sampleId() + " is "
                                                    + copy.state().wire() + " and cannot be labeled now"));
        }
        return BatchResponse.of(request.samples().stream()
                .map(i -> results.get(i.sampleId() + "/" + (i.workerId() == null ? "" : i.workerId())))
                .toList());
    }

    @Transactional
    BatchResponse review(String projectId, String datasetId, String taskId, CopyRequests.CommentRequest request) {
        WorkflowTask task = task(projectId, datasetId, taskId);
        MemberAccess access = MemberAccess.of(task);
        List<String> teams = access.requireReviewer();
        checkWorking(task, "reviews");
        List<CopyRequests.SampleComment> comments = request.comments() == null ? List.of() : request.comments();
        Map<String, CopyStore.Verdict> verdicts = new LinkedHashMap<>();
        for (CopyRequests.SampleComment c : comments) {
            String workerId = c.workerId() == null ? "" : c.workerId();
            verdicts.putIfAbsent(
                    c.sampleId() + "/" + workerId,
                    new CopyStore.Verdict(c.sampleId(), workerId, c.accept(), c.comment(), c.score()));
        }
        List<CopyStore.Touched> touched = verdicts.isEmpty()
                ? List.of()
                : copies.review(
                        CopyStore.TaskKey.of(task),
                        teams,
                        verdicts.values().stream()
                                .sorted(java.util.Comparator.comparing(CopyStore.Verdict::sampleId)
                                        .thenComparing(CopyStore.Verdict::workerId))
                                .toList(),
                        java.util.Objects.requireNonNull(access.email()),
                        clock.instant());
        Set<String> done = touched.stream().map(CopyStore.Touched::sampleId).collect(Collectors.toSet());
        List<String> missed = verdicts.values().stream()
                .map(CopyStore.Verdict::sampleId)
                .filter(id -> !done.contains(id))
                .toList();
        Map<String, CopyRow> states = missed.isEmpty()
                ? Map.of()
                : copies
                        .states(CopyStore.TaskKey.of(task), new CopyStore.Scope(false, List.of(), teams), missed)
                        .stream()
                        .collect(Collectors.toMap(CopyRow::sampleId, Function.identity(), (a, b) -> a));
        return BatchResponse.of(comments.stream()
                .map(c -> {
                    if (done.contains(c.sampleId())) {
                        return BatchResponse.ok();
                    }
                    CopyRow copy = states.get(c.sampleId());
                    if (copy == null) {
                        return BatchResponse.failed(
                                LabelingErrors.SAMPLE_NOT_FOUND,
                                "Sample " + c.sampleId() + " is not among the copies of the teams you review");
                    }
                    if (copy.reviewAccept() != null) {
                        return BatchResponse.failed(
                                LabelingErrors.ALREADY_REVIEWED, "The sample has been reviewed (" + c.sampleId() + ")");
                    }
                    return BatchResponse.failed(
                            LabelingErrors.WRONG_COPY_STATE,
                            "Sample " + c.sampleId() + " is " + copy.state().wire() + " and cannot be reviewed now");
                })
                .toList());
    }

    private static void checkWorking(WorkflowTask task, String what) {
        if (!WORKING.contains(task.status())) {
            throw LabelingErrors.notRunning(what, task.status());
        }
    }

    private WorkflowTask task(String projectId, String datasetId, String taskId) {
        return tasks.find(projectId, datasetId, taskId).orElseThrow(() -> LabelingErrors.taskNotFound(taskId));
    }

    private static CopyStore.Scope scope(MemberAccess access) {
        return access.owner()
                ? new CopyStore.Scope(true, List.of(), List.of())
                : new CopyStore.Scope(false, access.labelerIds(), access.readTeams());
    }

    private static List<CopyState> states(@Nullable String sampleState) {
        if (sampleState == null || sampleState.isBlank()) {
            return List.of();
        }
        String v = sampleState.strip().toUpperCase(java.util.Locale.ROOT);
        if (v.equals("WORKFORCE_SAMPLED")) {
            return List.of(CopyState.SAMPLED, CopyState.SAMPLED_ACCEPTED, CopyState.SAMPLED_REJECTED);
        }
        if (v.equals("WORKFORCE_SAMPLED_CHECKED")) {
            return List.of(CopyState.SAMPLED_ACCEPTED, CopyState.SAMPLED_REJECTED);
        }
        CopyState state = CopyState.parse(sampleState)
                .orElseThrow(() -> LabelingErrors.invalid("sample_state: must be one of "
                        + java.util.Arrays.stream(CopyState.values())
                                .map(CopyState::wire)
                                .distinct()
                                .collect(Collectors.joining(", "))));
        return List.of(state);
    }
}
