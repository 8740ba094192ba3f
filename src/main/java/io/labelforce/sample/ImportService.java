package io.labelforce.sample;

import io.labelforce.common.Ids;
import io.labelforce.dataset.DataSource;
import io.labelforce.dataset.DatasetDirectory;
import io.labelforce.storage.ObjectStorage;
import io.labelforce.storage.StorageLocation;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Import tasks ({@code {D}/import-tasks}) and sync ({@code {D}/sync-data}): creating one records the task and
 * publishes {@link ImportRequested} in the same transaction; {@link ImportRunner} does the work afterwards.
 */
@Service
@Transactional(readOnly = true)
class ImportService {

    static final String IMPORT = "IMPORT";
    static final String SYNC = "SYNC";

    private final DatasetDirectory datasets;
    private final ImportTaskStore tasks;
    private final ObjectStorage storage;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ImportService(
            DatasetDirectory datasets,
            ImportTaskStore tasks,
            ObjectStorage storage,
            ApplicationEventPublisher events,
            Clock clock) {
        this.datasets = datasets;
        this.tasks = tasks;
        this.storage = storage;
        this.events = events;
        this.clock = clock;
    }

    @Transactional
    ImportResponses.TaskId create(String projectId, String datasetId, ImportResponses.CreateImport request) {
        dataset(projectId, datasetId);
        String path = request.importPath();
        if (path == null || path.isBlank()) {
            throw SampleErrors.invalid("import_path: required, e.g. /bucket/dir/");
        }
        return start(projectId, datasetId, IMPORT, path, !Boolean.FALSE.equals(request.finalAnnotation()));
    }

    /** Imports what was added under every data source since the last import: existing objects are skipped. */
    @Transactional
    ImportResponses.TaskId sync(String projectId, String datasetId) {
        List<DataSource> sources = dataset(projectId, datasetId).dataSources();
        if (sources.isEmpty()) {
            throw SampleErrors.invalid("the dataset has no data source to synchronize");
        }
        return start(projectId, datasetId, SYNC, sources.get(0).dataPath(), true);
    }

    ImportResponses.ImportTask get(String projectId, String datasetId, String taskId) {
        dataset(projectId, datasetId);
        return tasks.find(projectId, datasetId, taskId)
                .map(ImportResponses.ImportTask::of)
                .orElseThrow(() -> SampleErrors.importTaskNotFound(taskId));
    }

    ImportResponses.ImportTaskList list(String projectId, String datasetId, int offset, int limit) {
        dataset(projectId, datasetId);
        List<ImportResponses.ImportTask> page = tasks.page(projectId, datasetId, (long) offset * limit, limit).stream()
                .map(ImportResponses.ImportTask::of)
                .toList();
        return new ImportResponses.ImportTaskList(tasks.count(projectId, datasetId), page);
    }

    ImportResponses.SyncStatus syncStatus(String projectId, String datasetId) {
        dataset(projectId, datasetId);
        return ImportResponses.SyncStatus.of(
                datasetId, tasks.latest(projectId, datasetId, SYNC).orElse(null));
    }

    private ImportResponses.TaskId start(
            String projectId, String datasetId, String kind, String path, boolean finalAnnotation) {
        StorageLocation location = StorageLocation.parse(path)
                .filter(l -> l.bucket().matches("[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]"))
                .orElseThrow(
                        () -> SampleErrors.invalid("import_path: must look like /bucket/dir/ or s3://bucket/dir/"));
        storage.defaultBucket(); // 503 now, not a failed task later, when storage is not configured
        Instant now = clock.instant();
        String id = Ids.hex32();
        tasks.insert(new ImportTaskStore.Task(
                projectId,
                datasetId,
                id,
                kind,
                path,
                location.bucket(),
                location.prefix(),
                finalAnnotation,
                "QUEUING",
                null,
                0,
                0,
                0,
                null,
                null,
                now,
                now));
        events.publishEvent(new ImportRequested(projectId, datasetId, id));
        return new ImportResponses.TaskId(id);
    }

    private DatasetDirectory.DatasetSummary dataset(String projectId, String datasetId) {
        return datasets.find(projectId, datasetId).orElseThrow(() -> SampleErrors.datasetNotFound(datasetId));
    }
}
