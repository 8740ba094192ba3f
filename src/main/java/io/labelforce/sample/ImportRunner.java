package io.labelforce.sample;

import io.labelforce.dataset.DatasetDirectory;
import io.labelforce.storage.ObjectStorage;
import io.labelforce.storage.StorageException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs an import: lists the prefix a page at a time and, per page, inserts one sample per object (one multi-row
 * statement, {@code on conflict do nothing} on the dataset's object key) and moves the task's cursor, in one transaction. A
 * crash resumes from the committed cursor (the publication stays incomplete until this returns); a storage
 * failure fails the task with its message, leaving only whole samples of the committed pages.
 */
@Component
class ImportRunner {

    private static final Logger log = LoggerFactory.getLogger(ImportRunner.class);

    private final ImportTaskStore tasks;
    private final SampleStore samples;
    private final ObjectStorage storage;
    private final DatasetDirectory datasets;
    private final SampleSettings settings;
    private final TransactionTemplate transaction;
    private final Clock clock;

    private static final Map<String, Object> IMPORT_METADATA = Map.of("@modelarts:import_origin", 0);

    ImportRunner(
            ImportTaskStore tasks,
            SampleStore samples,
            ObjectStorage storage,
            DatasetDirectory datasets,
            SampleSettings settings,
            TransactionTemplate transaction,
            Clock clock) {
        this.tasks = tasks;
        this.samples = samples;
        this.storage = storage;
        this.datasets = datasets;
        this.settings = settings;
        this.transaction = transaction;
        this.clock = clock;
    }

    @ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
    void run(ImportRequested event) {
        execute(event.projectId(), event.datasetId(), event.taskId());
    }

    /** Runs the task on the calling thread (the listener above, the retries, and tests). */
    void execute(String projectId, String datasetId, String taskId) {
        ImportTaskStore.Task task = tasks.find(projectId, datasetId, taskId).orElse(null);
        var dataset = datasets.find(projectId, datasetId).orElse(null);
        if (task == null
                || dataset == null
                || task.status().equals("COMPLETED")
                || task.status().equals("FAILED")) {
            return; // deleted with its dataset, or already finished (a resubmitted publication)
        }
        int type = dataset.datasetType() / 100;
        @Nullable String cursor = task.lastKey();
        try {
            while (true) {
                List<ObjectStorage.ObjectInfo> page =
                        storage.list(task.bucket(), task.prefix(), cursor, settings.maxBatchSize());
                List<ObjectStorage.ObjectInfo> files =
                        page.stream().filter(o -> !o.key().endsWith("/")).toList();
                if (page.isEmpty()) {
                    break;
                }
                String last = page.get(page.size() - 1).key();
                writePage(task, files, type, last);
                cursor = last;
                if (page.size() < settings.maxBatchSize()) {
                    break;
                }
            }
            tasks.finish(task, "COMPLETED", null, null, clock.instant());
        } catch (StorageException e) {
            log.warn("Import task {} failed: {}", task.id(), e.getMessage());
            tasks.finish(
                    task,
                    "FAILED",
                    SampleErrors.IMPORT_FAILED,
                    "Object storage failed while listing " + task.importPath() + ": " + e.getMessage(),
                    clock.instant());
        }
    }

    private void writePage(ImportTaskStore.Task task, List<ObjectStorage.ObjectInfo> files, int type, String last) {
        Instant now = clock.instant();
        long size = files.stream().mapToLong(ObjectStorage.ObjectInfo::size).sum();
        SampleStore.ImportedPage rows = new SampleStore.ImportedPage(
                task.projectId(),
                task.datasetId(),
                task.bucket(),
                type,
                files.stream().map(ObjectStorage.ObjectInfo::key).toList(),
                files.stream().map(ObjectStorage.ObjectInfo::size).toList(),
                files.stream().map(ObjectStorage.ObjectInfo::lastModified).toList(),
                IMPORT_METADATA,
                now);
        transaction.executeWithoutResult(status -> {
            long imported = files.isEmpty() ? 0 : samples.insertImported(rows);
            tasks.progress(task, last, files.size(), size, imported, now);
        });
    }
}
