package io.labelforce.task;

import io.labelforce.common.FieldRules;
import io.labelforce.common.PageParams;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Team labeling tasks (ListWorkforceTasks, CreateWorkforceTask, DescWorkforceTask, StartWorkforceTask,
 * UpdateWorkforceTask, DeleteWorkforceTask). Reads carry an {@code ETag} (the task's version); writes accept
 * {@code If-Match} and answer 412 when the task changed since.
 */
@RestController
@RequestMapping("/v2/{project_id}/datasets/{dataset_id}/workforce-tasks")
@Tag(name = "Team labeling tasks", description = "A dataset handed to labeling teams")
class TaskController {

    private final TaskService service;

    TaskController(TaskService service) {
        this.service = service;
    }

    @GetMapping
    @Operation(summary = "List a dataset's team labeling tasks (ListWorkforceTasks), newest first")
    TaskViews.TaskList list(
            @PathVariable("project_id") String projectId,
            @PathVariable("dataset_id") String datasetId,
            @RequestParam(defaultValue = "0") @Min(0) @Max(FieldRules.MAX_OFFSET) int offset,
            @RequestParam(defaultValue = "1000") @Min(1) @Max(1000) int limit) {
        return service.list(projectId, datasetId, new PageParams(offset, limit));
    }

    @PostMapping
    @Operation(summary = "Create a team labeling task (CreateWorkforceTask); 200 as documented")
    TaskViews.TaskId create(
            @PathVariable("project_id") String projectId,
            @PathVariable("dataset_id") String datasetId,
            @Valid @RequestBody CreateTaskRequest request) {
        return service.create(projectId, datasetId, request);
    }

    @GetMapping("/{workforce_task_id}")
    @Operation(summary = "Get a task (DescWorkforceTask) with its member tasks; statistics on request")
    ResponseEntity<TaskViews.WorkforceTask> get(
            @PathVariable("project_id") String projectId,
            @PathVariable("dataset_id") String datasetId,
            @PathVariable("workforce_task_id") String taskId,
            @RequestParam(name = "workforce_stats", defaultValue = "false") boolean workforceStats,
            @RequestParam(name = "sample_stats", defaultValue = "false") boolean sampleStats,
            @RequestParam(name = "label_stats", defaultValue = "false") boolean labelStats) {
        TaskService.Versioned<TaskViews.WorkforceTask> task = service.get(
                projectId,
                datasetId,
                taskId,
                new TaskViewMapper.Include(workforceStats, sampleStats, labelStats, true));
        return ResponseEntity.ok().eTag(ETags.of(task.version())).body(task.value());
    }

    @PostMapping("/{workforce_task_id}")
    @Operation(summary = "Start a task (StartWorkforceTask), optionally replacing its assignment first")
    ResponseEntity<Map<String, Object>> start(
            @PathVariable("project_id") String projectId,
            @PathVariable("dataset_id") String datasetId,
            @PathVariable("workforce_task_id") String taskId,
            @Valid @RequestBody(required = false) @Nullable StartTaskRequest request,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) @Nullable String ifMatch) {
        long version = service.start(projectId, datasetId, taskId, request, ETags.parse(ifMatch));
        return ResponseEntity.ok().eTag(ETags.of(version)).body(Map.of());
    }

    @PutMapping("/{workforce_task_id}")
    @Operation(
            summary = "Update a task (UpdateWorkforceTask): absent fields stay, a workforces_config "
                    + "replaces the assignment atomically")
    ResponseEntity<Map<String, Object>> update(
            @PathVariable("project_id") String projectId,
            @PathVariable("dataset_id") String datasetId,
            @PathVariable("workforce_task_id") String taskId,
            @Valid @RequestBody UpdateTaskRequest request,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) @Nullable String ifMatch) {
        long version = service.update(projectId, datasetId, taskId, request, ETags.parse(ifMatch));
        return ResponseEntity.ok().eTag(ETags.of(version)).body(Map.of());
    }

    @DeleteMapping("/{workforce_task_id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Delete a task (DeleteWorkforceTask)")
    void delete(
            @PathVariable("project_id") String projectId,
            @PathVariable("dataset_id") String datasetId,
            @PathVariable("workforce_task_id") String taskId,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) @Nullable String ifMatch) {
        service.delete(projectId, datasetId, taskId, ETags.parse(ifMatch));
    }
}
