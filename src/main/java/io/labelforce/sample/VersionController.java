package io.labelforce.sample;

import io.labelforce.common.FieldRules;
import io.labelforce.common.PageParams;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping(VersionController.VERSIONS)
@Tag(name = "Dataset versions", description = "Immutable snapshots of the samples and labels (50-53)")
class VersionController {

    static final String VERSIONS = "/v2/{project_id}/datasets/{dataset_id}/versions";
    private static final String[] FORMATS = {"Default", "CarbonData", "CSV"};

    private final VersionService versions;

    VersionController(VersionService versions) {
        this.versions = versions;
    }

    @PostMapping
    @Operation(summary = "Publish a version (CreateDatasetVersion): manifest under work_path; 201 {version_id}")
    ResponseEntity<Map<String, String>> publish(
            @PathVariable("project_id") String projectId,
            @PathVariable("dataset_id") String datasetId,
            @Valid @RequestBody VersionRequests request) {
        String id = versions.publish(projectId, datasetId, request);
        return ResponseEntity.status(HttpStatus.CREATED).body(Map.of("version_id", id));
    }

    @GetMapping
    @Operation(summary = "List versions (ListDatasetVersions), newest first; offset is a zero-based page number")
    SampleResponses.VersionList list(
            @PathVariable("project_id") String projectId,
            @PathVariable("dataset_id") String datasetId,
            @RequestParam(required = false) @Nullable @Min(0) @Max(4) Integer status,
            @RequestParam(name = "version_format", required = false) @Nullable @Min(0) @Max(2) Integer versionFormat,
            @RequestParam(name = "train_evaluate_ratio", required = false) @Nullable String trainEvaluateRatio,
            @RequestParam(defaultValue = "0") @Min(0) @Max(FieldRules.MAX_OFFSET) int offset,
            @RequestParam(defaultValue = "100") @Min(1) @Max(100) int limit) {
        String format = versionFormat == null ? null : FORMATS[versionFormat];
        return versions.list(projectId, datasetId, status, format, new PageParams(offset, limit));
    }

    @GetMapping("/{version_id}")
    @Operation(summary = "Version details (DescribeDatasetVersion)")
    VersionView get(
            @PathVariable("project_id") String projectId,
            @PathVariable("dataset_id") String datasetId,
            @PathVariable("version_id") String versionId) {
        return versions.get(projectId, datasetId, versionId);
    }

    @DeleteMapping("/{version_id}")
    @Operation(summary = "Delete a version (DeleteDatasetVersion); refused while a team task is based on it")
    ResponseEntity<Void> delete(
            @PathVariable("project_id") String projectId,
            @PathVariable("dataset_id") String datasetId,
            @PathVariable("version_id") String versionId) {
        versions.delete(projectId, datasetId, versionId);
        return ResponseEntity.noContent().build();
    }
}
