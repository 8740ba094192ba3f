package io.labelforce.sample;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** Bodies of the import-task and sync routes, in the field names the SDK's DatasetImportTask and DatasetSync read. */
final class ImportResponses {

    private ImportResponses() {}

    /** CreateImportTask: the SDK sends import_path and options; only these are read, the rest is refused. */
    record CreateImport(
            @Nullable @Size(max = 2048) String importPath,
            @Nullable Boolean finalAnnotation,
            @Nullable Boolean importAnnotations,
            @Nullable @Size(max = 32) String importOrigin,
            @Nullable Integer importType) {}

    record TaskId(String taskId) {}

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record ImportTask(
            String taskId,
            String datasetId,
            String importPath,
            String importType,
            String status,
            long createTime,
            long updateMs,
            long elapsedTime,
            boolean finalAnnotation,
            long totalFileCount,
            long totalFileSize,
            long finishedFileCount,
            long finishedFileSize,
            long importedSampleCount,
            long totalSampleCount,
            long annotatedSampleCount,
            Map<String, Long> fileStatistics,
            @Nullable String errorCode,
            @Nullable String errorMsg) {

        static ImportTask of(ImportTaskStore.Task t) {
            return new ImportTask(
                    t.id(),
                    t.datasetId(),
                    t.importPath(),
                    t.kind().equals(ImportService.SYNC) ? "sync" : "import",
                    t.status(),
                    t.createTime().toEpochMilli(),
                    t.updateTime().toEpochMilli(),
                    (t.updateTime().toEpochMilli() - t.createTime().toEpochMilli()) / 1000,
                    t.finalAnnotation(),
                    t.totalFileCount(),
                    t.totalFileSize(),
                    t.totalFileCount(),
                    t.totalFileSize(),
                    t.importedSampleCount(),
                    t.importedSampleCount(),
                    0,
                    Map.of(
                            "file_num_finished", t.totalFileCount(),
                            "file_num_total", t.totalFileCount(),
                            "file_size_finished", t.totalFileSize(),
                            "file_size_total", t.totalFileSize()),
                    t.errorCode(),
                    t.errorMsg());
        }
    }

    record ImportTaskList(long totalCount, List<ImportTask> importTasks) {}

    /** GET sync-data: the newest sync, or status NOT_EXIST. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record SyncStatus(
            String datasetId,
            @Nullable String taskId,
            String status,
            long addSampleCount,
            long totalSampleCount,
            long deletedSampleCount,
            long createTime,
            long durationTime,
            @Nullable String errorCode,
            @Nullable String errorMsg) {

        static SyncStatus of(String datasetId, ImportTaskStore.@Nullable Task t) {
            if (t == null) {
                return new SyncStatus(datasetId, null, "NOT_EXIST", 0, 0, 0, 0, 0, null, null);
            }
            return new SyncStatus(
                    datasetId,
                    t.id(),
                    t.status(),
                    t.importedSampleCount(),
                    t.totalFileCount(),
                    0,
                    t.createTime().toEpochMilli(),
                    (t.updateTime().toEpochMilli() - t.createTime().toEpochMilli()) / 1000,
                    t.errorCode(),
                    t.errorMsg());
        }
    }
}
