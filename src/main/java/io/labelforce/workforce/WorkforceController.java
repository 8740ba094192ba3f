package io.labelforce.workforce;

import io.labelforce.common.FieldRules;
import io.labelforce.common.PageParams;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
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
        name = "Labeling teams",
        description =
                "Workforces: ListWorkforces, CreateWorkforce, DescWorkforce, " + "UpdateWorkforce, DeleteWorkforce")
class WorkforceController {

    private final WorkforceService service;

    WorkforceController(WorkforceService service) {
        this.service = service;
    }

    @GetMapping
    @Operation(summary = "List labeling teams (ListWorkforces); offset is a zero-based page number")
    WorkforceResponses.WorkforceList list(
            @PathVariable("project_id") String projectId,
            @RequestParam(defaultValue = "0") @Min(0) @Max(FieldRules.MAX_OFFSET) int offset,
            @RequestParam(defaultValue = "10") @Min(1) @Max(100) int limit,
            @RequestParam(name = "sort_by", defaultValue = "create_time")
                    @Pattern(
                            regexp = "create_time|workforce_name",
                            message = "must be 'create_time' or 'workforce_name'")
                    String sortBy,
            @RequestParam(defaultValue = "desc") @Pattern(regexp = FieldRules.ORDER, message = FieldRules.ORDER_MESSAGE)
                    String order,
            @RequestParam(name = "search_content", defaultValue = "") @Size(max = 100) String searchContent,
            @RequestParam(name = "workforce_task_id", required = false) @Nullable String workforceTaskId) {
        return service.list(
                projectId,
                new WorkforceQuery(new PageParams(offset, limit), sortBy, order, searchContent, workforceTaskId));
    }

    @PostMapping
    @Operation(summary = "Create a labeling team (CreateWorkforce): 201 {workforce_id}")
    ResponseEntity<WorkforceResponses.Created> create(
            @PathVariable("project_id") String projectId, @Valid @RequestBody CreateWorkforceRequest request) {
        WorkforceResponses.Created created = service.create(projectId, request);
        return ResponseEntity.created(URI.create("/v2/" + projectId + "/workforces/" + created.workforceId()))
                .body(created);
    }

    @GetMapping("/{workforce_id}")
    @Operation(summary = "Get a labeling team (DescWorkforce)")
    WorkforceView get(@PathVariable("project_id") String projectId, @PathVariable("workforce_id") String workforceId) {
        return service.get(projectId, workforceId);
    }

    @PutMapping("/{workforce_id}")
    @Operation(summary = "Update a team's name and/or description (UpdateWorkforce): 200 {}")
    Map<String, Object> update(
            @PathVariable("project_id") String projectId,
            @PathVariable("workforce_id") String workforceId,
            @Valid @RequestBody UpdateWorkforceRequest request) {
        service.update(projectId, workforceId, request);
        return Map.of();
    }

    @DeleteMapping("/{workforce_id}")
    @Operation(summary = "Delete a labeling team and its members (DeleteWorkforce): 204; 409 while a task uses it")
    ResponseEntity<Void> delete(
            @PathVariable("project_id") String projectId, @PathVariable("workforce_id") String workforceId) {
        service.delete(projectId, workforceId);
        return ResponseEntity.noContent().build();
    }
}
