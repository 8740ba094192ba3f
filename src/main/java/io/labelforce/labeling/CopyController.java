package io.labelforce.labeling;

import io.labelforce.common.BatchResponse;
import io.labelforce.common.FieldRules;
import io.labelforce.common.PageParams;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The samples of a team labeling task as its members see them (ListWorkforceTaskSamples,
 * DescribeWorkforceTaskSample, UpdateWorkforceTaskSamples, ReviewSamples) and its statistics
 * (ListWorkforceTaskStats, GetWorkforceTaskMetrics). Who may do what: {@link MemberAccess}.
 */
@RestController
@RequestMapping("/v2/{project_id}/datasets/{dataset_id}/workforce-tasks/{workforce_task_id}")
@Tag(name = "Team labeling", description = "Members label and review their copies of a task's samples")
class CopyController {

    private final CopyService copies;
    private final TaskStatsService stats;
    private final AcceptanceService acceptance;

    CopyController(CopyService copies, TaskStatsService stats, AcceptanceService acceptance) {
        this.copies = copies;
        this.stats = stats;
        this.acceptance = acceptance;
    }

    @PostMapping("/acceptance")
    @Operation(
            summary = "Start an acceptance (CreateWorkforceSamplingTask): samples copies awaiting acceptance by "
                    + "sampling_rate or sampling_num")
    java.util.Map<String, String> startAcceptance(
            @PathVariable("project_id") String projectId,
            @PathVariable("dataset_id") String datasetId,
            @PathVariable("workforce_task_id") String taskId,
            @Valid @RequestBody AcceptanceRequests.Create request) {
        return acceptance.start(projectId, datasetId, taskId, request);
    }

    @GetMapping("/acceptance/report")
    @Operation(summary = "An acceptance's report (GetWorkforceSamplingTask): pass rate and score")
    AcceptanceViews.Report acceptanceReport(
            @PathVariable("project_id") String projectId,
            @PathVariable("dataset_id") String datasetId,
            @PathVariable("workforce_task_id") String taskId,
            @RequestParam(name = "checking_task_id", required = false) @Nullable @Size(max = 64)
                    String checkingTaskId) {
        return acceptance.report(projectId, datasetId, taskId, checkingTaskId);
    }

    @PutMapping("/acceptance/status")
    @Operation(
            summary = "Finish or cancel the running acceptance (UpdateWorkforceSamplingTask): action 0 pass all, "
                    + "1 reject all, 2 cancel, 3 list the samples whose copies disagree (changes nothing), 4 pass accepted and "
                    + "unchecked, 5 pass only accepted")
    java.util.Map<String, Object> finishAcceptance(
            @PathVariable("project_id") String projectId,
            @PathVariable("dataset_id") String datasetId,
            @PathVariable("workforce_task_id") String taskId,
            @RequestParam(required = false)
                    @Nullable
                    @Pattern(regexp = FieldRules.LOCALE, message = FieldRules.LOCALE_MESSAGE)
                    String locale,
            @Valid @RequestBody AcceptanceRequests.Finish request) {
        return acceptance.finish(projectId, datasetId, taskId, request);
    }

    @PostMapping("/acceptance/batch-comment")
    @Operation(summary = "The owner's verdicts on sampled copies (AcceptSamples)")
    BatchResponse acceptSamples(
            @PathVariable("project_id") String projectId,
            @PathVariable("dataset_id") String datasetId,
            @PathVariable("workforce_task_id") String taskId,
            @Valid @RequestBody CopyRequests.CommentRequest request) {
        return acceptance.comment(projectId, datasetId, taskId, request);
    }

    @GetMapping("/data-annotations/samples")
    @Operation(
            summary = "List the copies of a task's samples the caller may see (ListWorkforceTaskSamples): a labeler's "
                    + "own, a reviewer's teams', the owner's all")
    CopyViews.CopyList list(
            @PathVariable("project_id") String projectId,
            @PathVariable("dataset_id") String datasetId,
            @PathVariable("workforce_task_id") String taskId,
            @RequestParam(defaultValue = "0") @Min(0) @Max(FieldRules.MAX_OFFSET) int offset,
            @RequestParam(defaultValue = "10") @Min(1) @Max(100) int limit,
            @RequestParam(name = "sample_state", required = false) @Nullable @Size(max = 64) String sampleState,
            @RequestParam(name = "label_name", required = false) @Nullable @Size(max = 64) String labelName,
            @RequestParam(name = "label_type", required = false) @Nullable Integer labelType,
            @RequestParam(required = false)
                    @Nullable
                    @Pattern(regexp = FieldRules.LOCALE, message = FieldRules.LOCALE_MESSAGE)
                    String locale,
            @RequestParam(name = "process_parameter", required = false) @Nullable @Size(max = 1024)
                    String processParameter,
            @RequestParam(name = "search_conditions", required = false) @Nullable @Size(max = 4096)
                    String searchConditions) {
        return copies.list(
                projectId,
                datasetId,
                taskId,
                new CopyService.ListQuery(new PageParams(offset, limit), sampleState, labelName, searchConditions));
    }

    @GetMapping("/data-annotations/samples/{sample_id}")
    @Operation(summary = "A copy of a task's sample (DescribeWorkforceTaskSample): worker_id picks the member's copy")
    CopyViews.CopyView get(
            @PathVariable("project_id") String projectId,
            @PathVariable("dataset_id") String datasetId,
            @PathVariable("workforce_task_id") String taskId,
            @PathVariable("sample_id") String sampleId,
            @RequestParam(name = "worker_id", required = false) @Nullable @Size(max = 64) String workerId,
            @RequestParam(name = "sample_state", required = false) @Nullable @Size(max = 64) String sampleState,
            @RequestParam(required = false)
                    @Nullable
                    @Pattern(regexp = FieldRules.LOCALE, message = FieldRules.LOCALE_MESSAGE)
                    String locale) {
        return copies.get(projectId, datasetId, taskId, sampleId, workerId);
    }

    @PutMapping("/data-annotations/samples")
    @Operation(
            summary = "Label the caller's copies in a batch (UpdateWorkforceTaskSamples): one result per item, "
                    + "labels replace the copy's labels")
    BatchResponse label(
            @PathVariable("project_id") String projectId,
            @PathVariable("dataset_id") String datasetId,
            @PathVariable("workforce_task_id") String taskId,
            @Valid @RequestBody CopyRequests.LabelRequest request) {
        return copies.label(projectId, datasetId, taskId, request);
    }

    @PostMapping("/data-annotations/review")
    @Operation(
            summary = "Review copies of the caller's teams (ReviewSamples): accept or reject, with comment and score")
    BatchResponse review(
            @PathVariable("project_id") String projectId,
            @PathVariable("dataset_id") String datasetId,
            @PathVariable("workforce_task_id") String taskId,
            @Valid @RequestBody CopyRequests.CommentRequest request) {
        return copies.review(projectId, datasetId, taskId, request);
    }

    @GetMapping("/data-annotations/stats")
    @Operation(summary = "A task's statistics (ListWorkforceTaskStats), from maintained counters")
    CopyViews.TaskStats stats(
            @PathVariable("project_id") String projectId,
            @PathVariable("dataset_id") String datasetId,
            @PathVariable("workforce_task_id") String taskId,
            @RequestParam(name = "sample_state", required = false) @Nullable @Size(max = 64) String sampleState) {
        return stats.stats(projectId, datasetId, taskId, sampleState);
    }

    @GetMapping("/metrics")
    @Operation(summary = "Progress per labeler (GetWorkforceTaskMetrics), from maintained counters")
    CopyViews.Metrics metrics(
            @PathVariable("project_id") String projectId,
            @PathVariable("dataset_id") String datasetId,
            @PathVariable("workforce_task_id") String taskId) {
        return stats.metrics(projectId, datasetId, taskId);
    }
}
