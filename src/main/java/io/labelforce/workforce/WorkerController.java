package io.labelforce.workforce;

import io.labelforce.common.BatchResponse;
import io.labelforce.common.FieldRules;
import io.labelforce.common.PageParams;
import io.labelforce.security.Caller;
import io.labelforce.security.CurrentCaller;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import java.net.URI;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/v2/{project_id}/workforces")
@Tag(
        name = "Team members",
        description = "Workers: ListAllWorkers, ListWorkers, CreateWorker, DescWorker, "
                + "UpdateWorker, DeleteWorker, DeleteWorkers")
class WorkerController {

    private static final String SORT_BY = "create_time|email";
    private static final String SORT_BY_MESSAGE = "must be 'create_time' or 'email'";

    private final WorkerService service;
    private final WorkerRemovalService removal;

    WorkerController(WorkerService service, WorkerRemovalService removal) {
        this.service = service;
        this.removal = removal;
    }

    @GetMapping("/workers")
    @Operation(summary = "List the members of every team (ListAllWorkers); without role, every role")
    WorkforceResponses.WorkerList listAll(
            @PathVariable("project_id") String projectId,
            @RequestParam(defaultValue = "0") @Min(0) @Max(FieldRules.MAX_OFFSET) int offset,
            @RequestParam(defaultValue = "10") @Min(1) @Max(100) int limit,
            @RequestParam(name = "sort_by", defaultValue = "create_time")
                    @Pattern(regexp = SORT_BY, message = SORT_BY_MESSAGE)
                    String sortBy,
            @RequestParam(defaultValue = "desc") @Pattern(regexp = FieldRules.ORDER, message = FieldRules.ORDER_MESSAGE)
                    String order,
            @RequestParam(required = false) @Min(0) @Max(3) @Nullable Integer role) {
        return service.listAll(
                projectId,
                new WorkerQuery(
                        new PageParams(offset, limit), sortBy, order, role == null ? null : WorkerRole.of(role)));
    }

    @GetMapping("/{workforce_id}/workers")
    @Operation(summary = "List the members of a team (ListWorkers)")
    WorkforceResponses.WorkerList list(
            @PathVariable("project_id") String projectId,
            @PathVariable("workforce_id") String workforceId,
            @RequestParam(defaultValue = "0") @Min(0) @Max(FieldRules.MAX_OFFSET) int offset,
            @RequestParam(defaultValue = "10") @Min(1) @Max(100) int limit,
            @RequestParam(name = "sort_by", defaultValue = "create_time")
                    @Pattern(regexp = SORT_BY, message = SORT_BY_MESSAGE)
                    String sortBy,
            @RequestParam(defaultValue = "desc") @Pattern(regexp = FieldRules.ORDER, message = FieldRules.ORDER_MESSAGE)
                    String order) {
        return service.list(
                projectId, workforceId, new WorkerQuery(new PageParams(offset, limit), sortBy, order, null));
    }

    @PostMapping("/{workforce_id}/workers")
    @Operation(
            summary = "Add a member (CreateWorker): 201 with the member; re-adding a removed e-mail reactivates it."
                    + " locale (our addition): the language of the invitation e-mail")
    ResponseEntity<WorkerView> create(
            @PathVariable("project_id") String projectId,
            @PathVariable("workforce_id") String workforceId,
            @Valid @RequestBody CreateWorkerRequest request,
            @RequestParam(defaultValue = FieldRules.DEFAULT_LOCALE)
                    @Pattern(regexp = FieldRules.LOCALE, message = FieldRules.LOCALE_MESSAGE)
                    String locale) {
        WorkerView worker = service.add(projectId, workforceId, request, locale);
        return ResponseEntity.created(
                        URI.create("/v2/" + projectId + "/workforces/" + workforceId + "/workers/" + worker.workerId()))
                .body(worker);
    }

    @GetMapping("/{workforce_id}/workers/{worker_id}")
    @Operation(summary = "Get a member (DescWorker)")
    WorkerView get(
            @PathVariable("project_id") String projectId,
            @PathVariable("workforce_id") String workforceId,
            @PathVariable("worker_id") String workerId) {
        return service.get(projectId, workforceId, workerId);
    }

    @PutMapping("/{workforce_id}/workers/{worker_id}")
    @Operation(summary = "Update a member's role and/or description (UpdateWorker): 200 {}")
    Map<String, Object> update(
            @PathVariable("project_id") String projectId,
            @PathVariable("workforce_id") String workforceId,
            @PathVariable("worker_id") String workerId,
            @Valid @RequestBody UpdateWorkerRequest request) {
        service.update(projectId, workforceId, workerId, request);
        return Map.of();
    }

    @DeleteMapping("/{workforce_id}/workers/{worker_id}")
    @Operation(summary = "Remove a member (DeleteWorker): 204; a soft delete to status 3")
    ResponseEntity<Void> delete(
            @PathVariable("project_id") String projectId,
            @PathVariable("workforce_id") String workforceId,
            @PathVariable("worker_id") String workerId) {
        removal.remove(projectId, workforceId, workerId, callerEmail());
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/{workforce_id}/workers/batch-delete")
    @Operation(summary = "Remove members (DeleteWorkers): a BatchResponse with one result per id")
    BatchResponse batchDelete(
            @PathVariable("project_id") String projectId,
            @PathVariable("workforce_id") String workforceId,
            @Valid @RequestBody BatchDeleteRequest request) {
        return removal.removeAll(projectId, workforceId, request.ids(), callerEmail());
    }

    private static @Nullable String callerEmail() {
        return CurrentCaller.get().map(Caller::workerEmail).orElse(null);
    }
}
