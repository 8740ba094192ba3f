package io.labelforce.sample;

import io.labelforce.common.BatchResponse;
import io.labelforce.common.PageParams;
import io.labelforce.dataset.DatasetDirectory;
import io.labelforce.storage.ObjectStorage;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/** ListSamples (37), DescribeSample (39), UpdateSamples (38) and DeleteSamples (40). */
@Service
@Transactional(readOnly = true)
class SampleService {

    private final DatasetDirectory datasets;
    private final SampleStore store;
    private final LabelVocabulary vocabulary;
    private final SampleCounters counters;
    private final ObjectStorage storage;
    private final SampleSettings settings;
    private final TransactionTemplate transaction;
    private final Clock clock;

    SampleService(
            DatasetDirectory datasets,
            SampleStore store,
            LabelVocabulary vocabulary,
            SampleCounters counters,
            ObjectStorage storage,
            SampleSettings settings,
            TransactionTemplate transaction,
            Clock clock) {
        this.datasets = datasets;
        this.store = store;
        this.vocabulary = vocabulary;
        this.counters = counters;
        this.storage = storage;
        this.settings = settings;
        this.transaction = transaction;
        this.clock = clock;
    }

    SampleResponses.SampleList list(SampleFilter filter, boolean descending, PageParams page) {
        requireDataset(filter.projectId(), filter.datasetId());
        storage.defaultBucket(); // the page carries presigned URLs: 503 when storage is not configured
        List<SampleRow> rows = store.page(filter, descending, page.skip(), page.limit());
        long total = filter.countedByCounters() ? countedTotal(filter) : store.count(filter);
        return new SampleResponses.SampleList(
                total, rows.stream().map(this::view).toList());
    }

    /**
     * The total from the maintained counters (exact, kept in the writing transactions) instead of a count over the
     * matching rows: the dataset's samples, those in a state, or those carrying one label (in a state).
     */
    private long countedTotal(SampleFilter filter) {
        String label = filter.countedLabel();
        if (label != null) {
            var used = counters.labelCounts(filter.projectId(), filter.datasetId(), filter.state());
            return used.getOrDefault(label, new io.labelforce.dataset.LabelCount(0, 0))
                    .sampleCount();
        }
        SampleCounters.Counts counts = counters.of(filter.projectId(), filter.datasetId());
        return filter.state() == null ? counts.total() : counts.of(filter.state());
    }

    SampleResponses.SampleView get(String projectId, String datasetId, String sampleId) {
        return get(projectId, datasetId, sampleId, null);
    }

    /** A sample; with {@code only} set, a sample in another state is not found (the auto-labeling pool, 55). */
    SampleResponses.SampleView get(
            String projectId, String datasetId, String sampleId, @org.jspecify.annotations.Nullable SampleState only) {
        requireDataset(projectId, datasetId);
        SampleRow row = store.find(projectId, datasetId, sampleId)
                .filter(r -> only == null || r.state() == only)
                .orElseThrow(() -> SampleErrors.sampleNotFound(sampleId));
        return view(row);
    }

    /**
     * UpdateSamples (38): one JDBC batch; {@code annotated_by} becomes {@code annotator} on labeled samples (null when
     * the labels are removed), and label names new to the dataset join its label set in the same transaction.
     */
    @Transactional
    BatchResponse label(
            String projectId,
            String datasetId,
            SampleRequests.Label request,
            @org.jspecify.annotations.Nullable String annotator) {
        var dataset = datasets.find(projectId, datasetId).orElseThrow(() -> SampleErrors.datasetNotFound(datasetId));
        List<SampleRequests.SampleLabels> samples = request.samples() == null ? List.of() : request.samples();
        checkBatchSize(samples.size());
        if (samples.isEmpty()) {
            return BatchResponse.of(List.of());
        }
        List<SampleStore.Relabel> changes = samples.stream()
                .map(s -> new SampleStore.Relabel(
                        s.sampleId(), s.labels() == null ? List.of() : s.labels(), s.metadata(), s.sampleUsage()))
                .toList();
        boolean[] updated = store.relabel(projectId, datasetId, changes, annotator, clock.instant());
        List<List<SampleLabel>> applied = new ArrayList<>();
        for (int i = 0; i < changes.size(); i++) {
            if (updated[i]) {
                applied.add(changes.get(i).labels());
            }
        }
        vocabulary.addMissing(projectId, dataset, applied);
        List<BatchResponse> results = new ArrayList<>();
        for (int i = 0; i < samples.size(); i++) {
            results.add(
                    updated[i] ? BatchResponse.ok() : notFound(samples.get(i).sampleId()));
        }
        return BatchResponse.of(results);
    }

    /**
     * Deletes the rows in one statement and commits; only then are the files deleted ({@code delete_source}), so a
     * failed transaction never leaves a sample without its file. A file that cannot be deleted afterwards is
     * reported on its item (the sample is gone either way).
     */
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    BatchResponse delete(String projectId, String datasetId, SampleRequests.Delete request) {
        List<String> ids = request.samples() == null ? List.of() : request.samples();
        checkBatchSize(ids.size());
        boolean deleteSource = Boolean.TRUE.equals(request.deleteSource());
        if (deleteSource) {
            storage.defaultBucket(); // 503 before anything is deleted when storage is not configured
        }
        requireDataset(projectId, datasetId);
        Set<String> unique = new LinkedHashSet<>(ids);
        List<SampleStore.Deleted> deleted = ids.isEmpty()
                ? List.of()
                : Objects.requireNonNull(transaction.execute(status -> store.delete(projectId, datasetId, unique)));
        Map<String, SampleStore.Deleted> byId =
                deleted.stream().collect(Collectors.toMap(SampleStore.Deleted::id, d -> d));
        Map<String, String> fileErrors = deleteSource ? deleteFiles(deleted) : Map.of();
        List<BatchResponse> results = new ArrayList<>();
        for (String id : ids) {
            if (!byId.containsKey(id)) {
                results.add(notFound(id));
            } else if (fileErrors.containsKey(id)) {
                results.add(BatchResponse.failed(null, SampleErrors.DELETE_FAILED, fileErrors.get(id)));
            } else {
                results.add(BatchResponse.ok());
            }
        }
        return BatchResponse.of(results);
    }

    private Map<String, String> deleteFiles(List<SampleStore.Deleted> deleted) {
        Map<String, String> errors = new java.util.HashMap<>();
        deleted.stream()
                .collect(Collectors.groupingBy(SampleStore.Deleted::bucket))
                .forEach((bucket, rows) -> {
                    try {
                        storage.delete(
                                bucket,
                                rows.stream()
                                        .map(SampleStore.Deleted::objectKey)
                                        .toList());
                    } catch (io.labelforce.storage.StorageException e) {
                        rows.forEach(
                                r -> errors.put(r.id(), "Sample deleted, but its file was not: " + e.getMessage()));
                    }
                });
        return errors;
    }

    private SampleResponses.SampleView view(SampleRow row) {
        return SampleResponses.SampleView.of(
                row, storage.presignGet(row.object()).toString());
    }

    private void requireDataset(String projectId, String datasetId) {
        if (datasets.find(projectId, datasetId).isEmpty()) {
            throw SampleErrors.datasetNotFound(datasetId);
        }
    }

    private void checkBatchSize(int size) {
        if (size > settings.maxBatchSize()) {
            throw SampleErrors.invalid("samples: at most " + settings.maxBatchSize() + " per call");
        }
    }

    private static BatchResponse notFound(String sampleId) {
        return BatchResponse.failed(null, SampleErrors.SAMPLE_NOT_FOUND, "Sample " + sampleId + " does not exist");
    }
}
