package io.labelforce.sample;

import io.labelforce.common.FieldRules;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Import tasks and data-source sync, as the Open Telekom Cloud SDK's DatasetImportTask and DatasetSync use them. */
@RestController
@RequestMapping("/v2/{project_id}/datasets/{dataset_id}")
@Tag(name = "Sample imports", description = "Import the objects under a storage prefix as samples; sync data sources")
class ImportController {

    private final ImportService imports;

    ImportController(ImportService imports) {
        this.imports = imports;
    }

    @PostMapping("/import-tasks")
    @Operation(summary = "Create an import task (CreateImportTask): one sample per object under import_path")
    ImportResponses.TaskId create(
            @PathVariable("project_id") String projectId,
            @PathVariable("dataset_id") String datasetId,
            @Valid @RequestBody ImportResponses.CreateImport request) {
        return imports.create(projectId, datasetId, request);
    }

    @GetMapping("/import-tasks")
    @Operation(summary = "List import tasks (ListImportTasks), newest first; offset is a zero-based page number")
    ImportResponses.ImportTaskList list(
            @PathVariable("project_id") String projectId,
            @PathVariable("dataset_id") String datasetId,
            @RequestParam(defaultValue = "0") @Min(0) @Max(FieldRules.MAX_OFFSET) int offset,
            @RequestParam(defaultValue = "10") @Min(1) @Max(100) int limit) {
        return imports.list(projectId, datasetId, offset, limit);
    }

    @GetMapping("/import-tasks/{task_id}")
    @Operation(summary = "Import task details (DescImportTask): progress and final status")
    ImportResponses.ImportTask get(
            @PathVariable("project_id") String projectId,
            @PathVariable("dataset_id") String datasetId,
            @PathVariable("task_id") String taskId) {
        return imports.get(projectId, datasetId, taskId);
    }

    @PostMapping("/sync-data")
    @Operation(summary = "Synchronize the data sources (SyncDataSource): import what was added since the last time")
    ImportResponses.TaskId sync(
            @PathVariable("project_id") String projectId, @PathVariable("dataset_id") String datasetId) {
        return imports.sync(projectId, datasetId);
    }

    @GetMapping("/sync-data")
    @Operation(summary = "Status of the newest data-source sync (SyncDataSourceState)")
    ImportResponses.SyncStatus syncStatus(
            @PathVariable("project_id") String projectId, @PathVariable("dataset_id") String datasetId) {
        return imports.syncStatus(projectId, datasetId);
    }
}
