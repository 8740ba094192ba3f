package io.labelforce.dataset;

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
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/v2/{project_id}/datasets")
@Tag(name = "Datasets", description = "The dataset metadata team labeling needs")
class DatasetController {

    private final DatasetService service;

    DatasetController(DatasetService service) {
        this.service = service;
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Create a dataset (CreateDataset)")
    DatasetResponses.DatasetId create(
            @PathVariable("project_id") String projectId, @Valid @RequestBody CreateDatasetRequest request) {
        return service.create(projectId, request);
    }

    @GetMapping
    @Operation(summary = "List datasets (ListDatasets); offset is a zero-based page number")
    DatasetResponses.DatasetList list(
            @PathVariable("project_id") String projectId,
            @RequestParam(defaultValue = "0") @Min(0) @Max(FieldRules.MAX_OFFSET) int offset,
            @RequestParam(defaultValue = "10") @Min(1) @Max(100) int limit,
            @RequestParam(name = "sort_by", defaultValue = "create_time")
                    @Pattern(regexp = "create_time|dataset_name", message = "must be 'create_time' or 'dataset_name'")
                    String sortBy,
            @RequestParam(defaultValue = "desc") @Pattern(regexp = FieldRules.ORDER, message = FieldRules.ORDER_MESSAGE)
                    String order,
            @RequestParam(name = "search_content", defaultValue = "") @Size(max = 100) String searchContent,
            @RequestParam(name = "dataset_type", required = false) @Nullable @DatasetType Integer datasetType,
            @RequestParam(name = "workspace_id", required = false) @Nullable @Size(max = 64) String workspaceId,
            @RequestParam(name = "with_labels", defaultValue = "false") boolean withLabels) {
        return service.list(
                projectId,
                new DatasetQuery(
                        new PageParams(offset, limit),
                        sortBy,
                        order,
                        searchContent,
                        datasetType,
                        workspaceId,
                        withLabels));
    }

    @GetMapping("/{dataset_id}")
    @Operation(summary = "Get a dataset with its labels (DescDataset)")
    DatasetView get(@PathVariable("project_id") String projectId, @PathVariable("dataset_id") String datasetId) {
        return service.get(projectId, datasetId);
    }

    @PutMapping("/{dataset_id}")
    @Operation(summary = "Modify name, description and labels (UpdateDataset)")
    DatasetResponses.DatasetId update(
            @PathVariable("project_id") String projectId,
            @PathVariable("dataset_id") String datasetId,
            @Valid @RequestBody UpdateDatasetRequest request) {
        return service.update(projectId, datasetId, request);
    }

    @DeleteMapping("/{dataset_id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Delete a dataset (DeleteDataset); refused while a labeling task is unfinished")
    void delete(@PathVariable("project_id") String projectId, @PathVariable("dataset_id") String datasetId) {
        service.delete(projectId, datasetId);
    }
}
