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
 * crash resumes from the committed cursor ({@link ImportRetries} takes over a task whose lease ran out); a storage
 * failure fails the task with its message, leaving only whole samples of the committed pages. A run holds the task
 * by a lease renewed with every page, so two runs never work on one task at the same time.
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

    /**
     * Runs the task on the calling thread (the listener above, {@link ImportRetries}, tests), if it can take the
     * task's lease: a task another live run holds, or a finished one, is left alone. The lease is renewed with every
     * page; a run that finds it lost (it stalled longer than the lease and was taken over) stops without writing.
     */
    void execute(String projectId, String datasetId, String taskId) {
        String owner = io.labelforce.common.Ids.hex32();
        Instant now = clock.instant();
        if (!tasks.claim(projectId, datasetId, taskId, owner, now, now.plus(settings.importLease()))) {
            log.debug("Import task {} is finished or another run holds it", taskId);
            return;
        }
        // read after the claim: the cursor is the last page committed by whoever ran it before
        ImportTaskStore.Task task = tasks.find(projectId, datasetId, taskId).orElse(null);
        var dataset = datasets.find(projectId, datasetId).orElse(null);
        if (task == null || dataset == null) {
            return; // deleted with its dataset
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
                if (!writePage(task, owner, files, type, last)) {
                    log.warn("Import task {} was taken over by another run after its lease ran out", task.id());
                    return;
                }
                cursor = last;
                if (page.size() < settings.maxBatchSize()) {
                    break;
                }
            }
            tasks.finish(task, owner, "COMPLETED", null, null, clock.instant());
        } catch (StorageException e) {
            log.warn("Import task {} failed: {}", task.id(), e.getMessage());
            tasks.finish(
                    task,
                    owner,
                    "FAILED",
                    SampleErrors.IMPORT_FAILED,
                    "Object storage failed while listing " + task.importPath() + ": " + e.getMessage(),
                    clock.instant());
        }
    }

    /** One page in one transaction; false (and nothing written) when the run no longer holds the lease. */
    private boolean writePage(
            ImportTaskStore.Task task, String owner, List<ObjectStorage.ObjectInfo> files, int type, String last) {
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
        return Boolean.TRUE.equals(transaction.execute(status -> {
            long imported = files.isEmpty() ? 0 : samples.insertImported(rows);
            if (!tasks.progress(
                    task, owner, last, files.size(), size, imported, now, now.plus(settings.importLease()))) {
                status.setRollbackOnly();
                return false;
            }
            return true;
        }));
    }
}
