package io.labelforce.job;

import io.labelforce.common.FieldRules;
import io.labelforce.common.PageParams;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.UUID;
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
@RequestMapping("/v1/{project_id}/annotation-jobs")
@Tag(name = "Labeling jobs (v1)", description = "The old ModelArts SDK's LabelApi")
class JobController {

    private final JobService service;

    JobController(JobService service) {
        this.service = service;
    }

    @PostMapping
    @Operation(summary = "Create a labeling job (create_label_job)")
    JobResponses.Created create(
            @PathVariable("project_id") String projectId, @Valid @RequestBody CreateJobRequest request) {
        return service.create(projectId, request);
    }

    @GetMapping
    @Operation(summary = "List labeling jobs (query_label_jobs); offset is a zero-based page number")
    JobResponses.JobList list(
            @PathVariable("project_id") String projectId,
            @RequestParam(defaultValue = "0") @Min(0) @Max(FieldRules.MAX_OFFSET) int offset,
            @RequestParam(defaultValue = "10") @Min(1) @Max(100) int limit,
            @RequestParam(name = "sort_by", defaultValue = "name")
                    @Pattern(regexp = "name|create_time", message = "must be 'name' or 'create_time'")
                    String sortBy,
            @RequestParam(defaultValue = "asc") @Pattern(regexp = FieldRules.ORDER, message = FieldRules.ORDER_MESSAGE)
                    String order,
            @RequestParam(name = "search_content", defaultValue = "") @Size(max = 100) String searchContent) {
        return service.list(projectId, new JobQuery(new PageParams(offset, limit), sortBy, order, searchContent));
    }

    @GetMapping("/{job_id}")
    @Operation(summary = "Get one labeling job (a Labelforce addition: the SDK has no details call)")
    JobView get(@PathVariable("project_id") String projectId, @PathVariable("job_id") UUID jobId) {
        return service.get(projectId, jobId);
    }

    @PutMapping("/{job_id}")
    @Operation(summary = "Modify a labeling job's name and description (mod_label_job)")
    JobResponses.JobId modify(
            @PathVariable("project_id") String projectId,
            @PathVariable("job_id") UUID jobId,
            @Valid @RequestBody ModifyJobRequest request) {
        return service.modify(projectId, jobId, request);
    }

    @DeleteMapping("/{job_id}")
    @Operation(summary = "Delete a labeling job (delete_label_job)")
    JobResponses.JobId delete(@PathVariable("project_id") String projectId, @PathVariable("job_id") UUID jobId) {
        return service.delete(projectId, jobId);
    }
}
