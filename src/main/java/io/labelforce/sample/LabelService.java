package io.labelforce.sample;

import io.labelforce.common.BatchResponse;
import io.labelforce.common.FieldRules;
import io.labelforce.dataset.DatasetDirectory;
import io.labelforce.dataset.DatasetLabelEditor;
import io.labelforce.dataset.Label;
import io.labelforce.storage.ObjectStorage;
import io.labelforce.storage.StorageException;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * ListLabels (43), CreateLabels (44), UpdateLabels (45, 47) and DeleteLabels (46, 48). The dataset module owns the
 * label vocabulary ({@link DatasetLabelEditor}); renames and deletions reach the stored samples in one statement, in
 * the same transaction. A batch is all or nothing: the first bad label fails the call and nothing changes.
 */
@Service
@Transactional
class LabelService {

    private static final String PROPERTY_KEY = "@modelarts:[a-z_]{1,32}";

    private final DatasetDirectory datasets;
    private final DatasetLabelEditor editor;
    private final LabelStore store;
    private final VersionStore versions;
    private final ObjectStorage storage;
    private final TransactionTemplate transaction;
    private final Clock clock;

    LabelService(
            DatasetDirectory datasets,
            DatasetLabelEditor editor,
            LabelStore store,
            VersionStore versions,
            ObjectStorage storage,
            TransactionTemplate transaction,
            Clock clock) {
        this.datasets = datasets;
        this.editor = editor;
        this.store = store;
        this.versions = versions;
        this.storage = storage;
        this.transaction = transaction;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    List<Label> list(String projectId, String datasetId, @Nullable String versionId, int offset, int limit) {
        List<Label> labels = versionId == null
                ? dataset(projectId, datasetId).labels()
                : versions.labels(projectId, datasetId, versionId).orElseThrow(() -> {
                    dataset(projectId, datasetId);
                    return VersionErrors.notFound(versionId);
                });
        return labels.stream().skip((long) offset * limit).limit(limit).toList();
    }

    BatchResponse create(String projectId, String datasetId, List<Label> labels) {
        editor.addLabels(projectId, datasetId, labels);
        return ok(labels.size());
    }

    BatchResponse update(String projectId, String datasetId, List<Label> labels) {
        Map<String, String> renames = editor.updateLabels(projectId, datasetId, labels);
        if (!renames.isEmpty()) {
            store.rename(projectId, datasetId, renames, clock.instant());
        }
        return ok(labels.size());
    }

    /** UpdateLabel (47): the body is a flat property map; {@code label_type}, when given, must be the label's. */
    void updateOne(
            String projectId,
            String datasetId,
            String name,
            @Nullable Integer labelType,
            Map<String, String> property) {
        LabelRequests.checkPathName(name);
        property.forEach((key, value) -> {
            if (!key.matches(PROPERTY_KEY)) {
                throw SampleErrors.invalid("property keys must look like @modelarts:<name>: " + key);
            }
            if (value == null || value.length() > 256 || !value.matches(FieldRules.CHARSET_B)) {
                throw SampleErrors.invalid(key + ": " + FieldRules.CHARSET_B_MESSAGE + ", at most 256 characters");
            }
        });
        requireType(projectId, datasetId, name, labelType);
        update(projectId, datasetId, List.of(new Label(name, null, property, null)));
    }

    /** DeleteLabels (46): policy 0 labels only, 1 also samples left without labels, 2 also their files. */
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    BatchResponse delete(String projectId, String datasetId, int policy, List<String> names) {
        if (policy < 0 || policy > 2) {
            throw SampleErrors.invalid("delete_policy: must be 0 (labels only), 1 (and samples left without a label)"
                    + " or 2 (and their source files)");
        }
        if (policy == 2) {
            storage.defaultBucket(); // 503 before anything changes when storage is not configured
        }
        List<SampleStore.Deleted> deleted = Objects.requireNonNull(transaction.execute(status -> {
            editor.deleteLabels(projectId, datasetId, names);
            return names.isEmpty()
                    ? List.<SampleStore.Deleted>of()
                    : store.remove(projectId, datasetId, names, policy > 0, clock.instant());
        }));
        if (policy == 2) {
            deleteFiles(deleted);
        }
        return ok(names.size());
    }

    /** DeleteLabelAndSamples (48): DeleteLabels with policy 1, or 2 with {@code delete_source}. */
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    void deleteOne(String projectId, String datasetId, String name, @Nullable Integer labelType, boolean deleteSource) {
        LabelRequests.checkPathName(name);
        requireType(projectId, datasetId, name, labelType);
        delete(projectId, datasetId, deleteSource ? 2 : 1, List.of(name));
    }

    /** Files go after the commit; one that cannot be deleted stays (the sample is gone either way). */
    private void deleteFiles(List<SampleStore.Deleted> deleted) {
        deleted.stream()
                .collect(Collectors.groupingBy(SampleStore.Deleted::bucket))
                .forEach((bucket, rows) -> {
                    try {
                        storage.delete(
                                bucket,
                                rows.stream()
                                        .map(SampleStore.Deleted::objectKey)
                                        .toList());
                    } catch (StorageException e) {
                        // reported in the log by the storage module; the label deletion itself succeeded
                    }
                });
    }

    private void requireType(String projectId, String datasetId, String name, @Nullable Integer labelType) {
        if (labelType == null) {
            return;
        }
        boolean matches = dataset(projectId, datasetId).labels().stream()
                .anyMatch(l -> l.name().equals(name) && (l.type() == null ? 0 : l.type()) == labelType);
        if (!matches) {
            throw LabelErrors.notFound(name, labelType);
        }
    }

    private DatasetDirectory.DatasetSummary dataset(String projectId, String datasetId) {
        return datasets.find(projectId, datasetId).orElseThrow(() -> SampleErrors.datasetNotFound(datasetId));
    }

    private static BatchResponse ok(int items) {
        return BatchResponse.of(java.util.Collections.nCopies(items, BatchResponse.ok()));
    }
}
