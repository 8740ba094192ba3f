package io.labelforce.sample;

import io.labelforce.common.BatchResponse;
import io.labelforce.common.FieldRules;
import io.labelforce.dataset.Label;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import java.util.List;
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
@RequestMapping(LabelController.LABELS)
@Tag(name = "Labels", description = "The dataset's label set, and label renames/deletions on its samples (43-48)")
class LabelController {

    static final String LABELS = "/v2/{project_id}/datasets/{dataset_id}/data-annotations/labels";

    private final LabelService labels;

    LabelController(LabelService labels) {
        this.labels = labels;
    }

    record LabelList(List<Label> labels) {}

    @GetMapping
    @Operation(summary = "List labels (ListLabels), of the working dataset or of a version (version_id)")
    LabelList list(
            @PathVariable("project_id") String projectId,
            @PathVariable("dataset_id") String datasetId,
            @RequestParam(name = "version_id", required = false) @Nullable @Size(max = 64) String versionId,
            @RequestParam(defaultValue = "0") @Min(0) @Max(FieldRules.MAX_OFFSET) int offset,
            @RequestParam(defaultValue = "100000") @Min(1) @Max(100000) int limit) {
        String version = versionId == null || versionId.isEmpty() ? null : versionId;
        return new LabelList(labels.list(projectId, datasetId, version, offset, limit));
    }

    @PostMapping
    @Operation(summary = "Create labels (CreateLabels); names must be new")
    BatchResponse create(
            @PathVariable("project_id") String projectId,
            @PathVariable("dataset_id") String datasetId,
            @Valid @RequestBody LabelRequests.Labels request) {
        return labels.create(projectId, datasetId, request.list());
    }

    @PutMapping
    @Operation(summary = "Update labels in batches (UpdateLabels); @modelarts:rename_to renames on every sample too")
    BatchResponse update(
            @PathVariable("project_id") String projectId,
            @PathVariable("dataset_id") String datasetId,
            @Valid @RequestBody LabelRequests.Labels request) {
        return labels.update(projectId, datasetId, request.list());
    }

    @PutMapping("/{label_name}")
    @Operation(summary = "Update one label by name (UpdateLabel): the body is a flat property map; 204")
    ResponseEntity<Void> updateOne(
            @PathVariable("project_id") String projectId,
            @PathVariable("dataset_id") String datasetId,
            @PathVariable("label_name") String labelName,
            @RequestParam(name = "label_type", required = false) @Nullable Integer labelType,
            @RequestBody @Size(max = 20) Map<String, String> property) {
        labels.updateOne(projectId, datasetId, labelName, labelType, property);
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/delete")
    @Operation(summary = "Delete labels in batches (DeleteLabels); delete_policy 0 labels, 1 and samples, 2 and files")
    BatchResponse delete(
            @PathVariable("project_id") String projectId,
            @PathVariable("dataset_id") String datasetId,
            @RequestParam(name = "delete_policy", defaultValue = "0") int deletePolicy,
            @Valid @RequestBody LabelRequests.Delete request) {
        return labels.delete(projectId, datasetId, deletePolicy, request.names());
    }

    @DeleteMapping("/{label_name}")
    @Operation(summary = "Delete a label and the samples that carry only it (DeleteLabelAndSamples); 204")
    ResponseEntity<Void> deleteOne(
            @PathVariable("project_id") String projectId,
            @PathVariable("dataset_id") String datasetId,
            @PathVariable("label_name") String labelName,
            @RequestParam(name = "label_type", required = false) @Nullable Integer labelType,
            @RequestParam(name = "delete_source", defaultValue = "false") boolean deleteSource) {
        labels.deleteOne(projectId, datasetId, labelName, labelType, deleteSource);
        return ResponseEntity.noContent().build();
    }
}
