package io.labelforce.sample;

import io.labelforce.common.BatchResponse;
import io.labelforce.dataset.DatasetDirectory;
import io.labelforce.dataset.DatasetDirectory.DatasetSummary;
import io.labelforce.storage.ObjectRef;
import io.labelforce.storage.ObjectStorage;
import io.labelforce.storage.StorageException;
import io.labelforce.storage.StorageLocation;
import java.net.URLConnection;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * UploadSamplesJson (36). Bytes never go through a transaction: the objects are recorded as pending (committed
 * first), written, then the rows are committed in one transaction (one JDBC batch) that also deletes the pending
 * records. If that transaction fails, the objects just written are deleted again; if the process dies before it,
 * {@link OrphanSweeper} deletes them after the grace period. So no object of a failed upload stays around.
 */
@Service
class SampleUploadService {

    private static final Logger log = LoggerFactory.getLogger(SampleUploadService.class);

    private final DatasetDirectory datasets;
    private final ObjectStorage storage;
    private final SampleStore store;
    private final PendingObjectStore pending;
    private final LabelVocabulary vocabulary;
    private final SampleSettings settings;
    private final TransactionTemplate transaction;
    private final Clock clock;

    SampleUploadService(
            DatasetDirectory datasets,
            ObjectStorage storage,
            SampleStore store,
            PendingObjectStore pending,
            LabelVocabulary vocabulary,
            SampleSettings settings,
            TransactionTemplate transaction,
            Clock clock) {
        this.datasets = datasets;
        this.storage = storage;
        this.store = store;
        this.pending = pending;
        this.vocabulary = vocabulary;
        this.settings = settings;
        this.transaction = transaction;
        this.clock = clock;
    }

    BatchResponse upload(
            String projectId, String datasetId, SampleRequests.Upload request, @Nullable String annotator) {
        DatasetSummary dataset =
                datasets.find(projectId, datasetId).orElseThrow(() -> SampleErrors.datasetNotFound(datasetId));
        List<SampleRequests.UploadSample> samples = request.samples() == null ? List.of() : request.samples();
        if (samples.size() > settings.maxBatchSize()) {
            throw SampleErrors.invalid("samples: at most " + settings.maxBatchSize() + " per call");
        }
        boolean finalAnnotation = !Boolean.FALSE.equals(request.finalAnnotation());
        if (!finalAnnotation && dataset.datasetType() > 1) {
            throw SampleErrors.invalid("final_annotation: false is only supported for image classification and "
                    + "object detection datasets (ModelArts.4383)");
        }
        StorageLocation input = inputLocation(dataset);
        List<UploadItem> items = samples.stream().map(s -> prepare(s, input)).toList();
        rejectExisting(projectId, datasetId, items);
        List<ObjectRef> pendingObjects = items.stream()
                .filter(i -> i.ok() && i.bytes != null)
                .map(i -> Objects.requireNonNull(i.object))
                .toList();
        // committed before any byte is written: if the process dies before the rows commit, the sweeper finds them
        if (!pendingObjects.isEmpty()) {
            transaction.executeWithoutResult(
                    status -> pending.register(projectId, datasetId, pendingObjects, clock.instant()));
        }
        List<ObjectRef> written = writeObjects(items);
        Instant now = clock.instant();
        List<SampleRow> rows = new ArrayList<>();
        List<UploadItem> stored = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            UploadItem item = items.get(i);
            if (item.ok()) {
                item.sampleId = io.labelforce.common.Ids.hex32();
                rows.add(row(projectId, dataset, item, samples.get(i), finalAnnotation, annotator, now));
                stored.add(item);
            }
        }
        commit(projectId, dataset, rows, stored, pendingObjects, written);
        return BatchResponse.of(items.stream().map(SampleUploadService::result).toList());
    }

    /** The dataset's first data source; without one, {@code <default bucket>/datasets/<dataset id>/}. */
    private StorageLocation inputLocation(DatasetSummary dataset) {
        String bucket = storage.defaultBucket(); // 503 when storage is not configured
        return dataset.dataSources().stream()
                .findFirst()
                .flatMap(source -> StorageLocation.parse(source.dataPath()))
                .orElseGet(() -> new StorageLocation(bucket, "datasets/" + dataset.datasetId() + "/"));
    }

    private UploadItem prepare(SampleRequests.UploadSample sample, StorageLocation input) {
        String reference = sample.source() != null ? sample.source() : dataPath(sample.dataSource());
        String name = sample.name() == null ? "" : sample.name();
        if (sample.data() != null && reference != null) {
            return UploadItem.invalid(name, "data and source: give the file inline or by reference, not both");
        }
        if (reference != null) {
            ObjectRef object = StorageLocation.parse(reference.endsWith("/") ? reference : reference + "/")
                    .filter(l -> !l.prefix().isEmpty())
                    .map(l -> new ObjectRef(
                            l.bucket(), l.prefix().substring(0, l.prefix().length() - 1)))
                    .orElse(null);
            String fallback =
                    object == null ? "" : object.key().substring(object.key().lastIndexOf('/') + 1);
            return UploadItem.reference(name.isEmpty() ? fallback : name, object);
        }
        if (sample.data() == null) {
            return UploadItem.invalid(name, "data: the file (base64) or a source object is required");
        }
        UploadItem item = UploadItem.inline(
                name.isEmpty() ? io.labelforce.common.Ids.hex32() : name,
                sample.data(),
                settings.maxFileSize().toBytes());
        item.object = input.resolve(item.name);
        return item;
    }

    private static @Nullable String dataPath(@Nullable Map<String, Object> dataSource) {
        return dataSource != null && dataSource.get("data_path") instanceof String path ? path : null;
    }

    /** ModelArts.4422 for files that already are samples of the dataset, and for repeats within the batch. */
    private void rejectExisting(String projectId, String datasetId, List<UploadItem> items) {
        Map<String, List<String>> keysByBucket = new java.util.HashMap<>();
        items.stream()
                .filter(i -> i.ok() && i.object != null)
                .forEach(i -> keysByBucket
                        .computeIfAbsent(Objects.requireNonNull(i.object).bucket(), b -> new ArrayList<>())
                        .add(i.object.key()));
        Set<ObjectRef> existing = new HashSet<>();
        keysByBucket.forEach((bucket, keys) -> store.existingKeys(projectId, datasetId, bucket, keys)
                .forEach(key -> existing.add(new ObjectRef(bucket, key))));
        Set<ObjectRef> seen = new HashSet<>();
        for (UploadItem item : items) {
            if (item.ok() && item.object != null && (existing.contains(item.object) || !seen.add(item.object))) {
                item.fail(SampleErrors.SAMPLE_EXISTS, "Sample " + item.object.path() + " already exists");
            }
        }
    }

    /** Writes the inline files and checks the referenced ones; a storage failure fails only its item. */
    private List<ObjectRef> writeObjects(List<UploadItem> items) {
        List<ObjectRef> written = new ArrayList<>();
        for (UploadItem item : items) {
            if (!item.ok() || item.object == null) {
                continue;
            }
            try {
                if (item.bytes != null) {
                    storage.put(item.object, item.bytes, contentType(item.name));
                    written.add(item.object);
                    item.bytes = null;
                } else {
                    var info = storage.head(item.object);
                    if (info.isEmpty()) {
                        item.fail(SampleErrors.READ_FAILED, "source: object " + item.object.path() + " does not exist");
                    } else {
                        item.size = info.get().size();
                    }
                }
            } catch (StorageException e) {
                item.fail(item.bytes != null ? SampleErrors.UPLOAD_FAILED : SampleErrors.READ_FAILED, e.getMessage());
            }
        }
        return written;
    }

    /**
     * Inserts the rows and deletes the objects' pending records in one transaction. An object whose record is gone
     * was taken by {@link OrphanSweeper} (the upload outlived the grace period): its item fails, no row points at it.
     */
    private void commit(
            String projectId,
            DatasetSummary dataset,
            List<SampleRow> rows,
            List<UploadItem> stored,
            List<ObjectRef> pendingObjects,
            List<ObjectRef> written) {
        Set<ObjectRef> writtenSet = new HashSet<>(written);
        List<SampleRow> insert = new ArrayList<>();
        List<UploadItem> inserting = new ArrayList<>();
        String datasetId = dataset.datasetId();
        try {
            transaction.executeWithoutResult(status -> {
                Set<ObjectRef> released = pending.release(projectId, datasetId, pendingObjects);
                for (int i = 0; i < rows.size(); i++) {
                    ObjectRef object = rows.get(i).object();
                    if (writtenSet.contains(object) && !released.contains(object)) {
                        stored.get(i)
                                .fail(
                                        SampleErrors.UPLOAD_FAILED,
                                        "The file " + object.path() + " was not committed within the orphan grace"
                                                + " period and was cleaned up; upload it again");
                    } else {
                        insert.add(rows.get(i));
                        inserting.add(stored.get(i));
                    }
                }
                boolean[] inserted = insert.isEmpty() ? new boolean[0] : store.insert(insert);
                List<List<SampleLabel>> labeled = new ArrayList<>();
                for (int i = 0; i < insert.size(); i++) {
                    if (inserted[i]) {
                        labeled.add(insert.get(i).labels());
                    }
                }
                vocabulary.addMissing(projectId, dataset, labeled);
                for (int i = 0; i < inserting.size(); i++) {
                    if (!inserted[i]) {
                        inserting
                                .get(i)
                                .fail(
                                        SampleErrors.SAMPLE_EXISTS,
                                        "Sample " + insert.get(i).object().path() + " already exists");
                    }
                }
            });
        } catch (RuntimeException e) {
            List<ObjectRef> deleted = deleteQuietly(written);
            List<ObjectRef> cleared = new ArrayList<>(pendingObjects);
            cleared.removeAll(written);
            cleared.addAll(deleted);
            try {
                // objects that could not be deleted keep their records: the sweeper deletes them later
                transaction.executeWithoutResult(status -> pending.release(projectId, datasetId, cleared));
            } catch (RuntimeException again) {
                log.warn("Pending records of a failed upload stay for the sweeper: {}", again.getMessage());
            }
            throw e;
        }
    }

    /** Deletes the objects of a failed upload; returns those that are gone. */
    private List<ObjectRef> deleteQuietly(List<ObjectRef> written) {
        List<ObjectRef> deleted = new ArrayList<>();
        written.stream()
                .collect(java.util.stream.Collectors.groupingBy(ObjectRef::bucket))
                .forEach((bucket, refs) -> {
                    try {
                        storage.delete(bucket, refs.stream().map(ObjectRef::key).toList());
                        deleted.addAll(refs);
                    } catch (RuntimeException e) {
                        log.warn(
                                "Could not delete {} objects of a failed upload in {}: {}",
                                refs.size(),
                                bucket,
                                e.getMessage());
                    }
                });
        return deleted;
    }

    private SampleRow row(
            String projectId,
            DatasetSummary dataset,
            UploadItem item,
            SampleRequests.UploadSample sample,
            boolean finalAnnotation,
            @Nullable String annotator,
            Instant now) {
        List<SampleLabel> labels = sample.labels() == null ? List.of() : sample.labels();
        int type = sample.sampleType() != null ? sample.sampleType() : dataset.datasetType() / 100;
        ObjectRef object = Objects.requireNonNull(item.object);
        return new SampleRow(
                Objects.requireNonNull(item.sampleId),
                projectId,
                dataset.datasetId(),
                item.name,
                type,
                object.bucket(),
                object.key(),
                item.size,
                now,
                now,
                now,
                SampleRow.stateFor(labels, finalAnnotation),
                labels,
                sample.metadata() == null ? Map.of() : sample.metadata(),
                null,
                labels.isEmpty() ? null : annotator);
    }

    private static BatchResponse result(UploadItem item) {
        if (!item.ok()) {
            return BatchResponse.failed(
                    item.name, Objects.requireNonNull(item.errorCode), Objects.requireNonNull(item.errorMsg));
        }
        return BatchResponse.uploaded(
                Objects.requireNonNull(item.object).path(), Objects.requireNonNull(item.sampleId));
    }

    private static String contentType(String name) {
        String guessed = URLConnection.guessContentTypeFromName(name);
        return guessed == null ? "application/octet-stream" : guessed;
    }
}
