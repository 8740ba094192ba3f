package io.labelforce.task;

import io.labelforce.common.FieldRules;
import io.labelforce.common.PageParams;
import io.labelforce.security.Caller;
import io.labelforce.security.CurrentCaller;
import io.labelforce.workforce.WorkerEmails;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Team labeling tasks")
class WorkerTaskController {

    private final WorkerTaskQueries queries;

    WorkerTaskController(WorkerTaskQueries queries) {
        this.queries = queries;
    }

    @GetMapping("/v2/{project_id}/workforces/worker-tasks")
    @Operation(summary = "The calling member's tasks (ListWorkerTasks): the member is the API key's worker_email")
    TaskViews.WorkerTaskList list(
            @PathVariable("project_id") String projectId,
            @RequestParam(defaultValue = "0") @Min(0) @Max(FieldRules.MAX_OFFSET) int offset,
            @RequestParam(defaultValue = "10") @Min(1) @Max(100) int limit,
            @RequestParam(name = "sort_by", defaultValue = "create_time")
                    @Pattern(
                            regexp = "create_time|workforce_task_name",
                            message = "must be 'create_time' or 'workforce_task_name'")
                    String sortBy,
            @RequestParam(defaultValue = "desc") @Pattern(regexp = FieldRules.ORDER, message = FieldRules.ORDER_MESSAGE)
                    String order,
            @RequestParam(name = "search_content", defaultValue = "") @Size(max = 100) String searchContent) {
        String email = CurrentCaller.get().map(Caller::workerEmail).orElseThrow(TaskErrors::noMemberIdentity);
        return queries.list(
                projectId,
                WorkerEmails.normalise(email),
                new WorkerTaskQueries.WorkerTaskQuery(new PageParams(offset, limit), sortBy, order, searchContent));
    }
}
