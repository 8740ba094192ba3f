package io.labelforce.sample;

import io.labelforce.common.DomainException;
import io.labelforce.common.ErrorKind;
import io.labelforce.common.Ids;
import io.labelforce.common.PageParams;
import io.labelforce.dataset.DatasetDirectory;
import io.labelforce.dataset.DatasetVersionUsage;
import io.labelforce.storage.ObjectRef;
import io.labelforce.storage.ObjectStorage;
import io.labelforce.storage.StorageException;
import io.labelforce.storage.StorageLocation;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * CreateDatasetVersion (51), ListDatasetVersions (50), DescribeDatasetVersion (52), DeleteDatasetVersion (53). A
 * release copies every sample into the version's snapshot, writes the manifest (JSON Lines) under the dataset's
 * work_path and commits the version row last; if the commit fails, the manifest object is deleted again.
 */
@Service
@Transactional(readOnly = true)
class VersionService {

    private final DatasetDirectory datasets;
    private final VersionStore store;
    private final ObjectStorage storage;
    private final ObjectProvider<DatasetVersionUsage> usages;
    private final TransactionTemplate transaction;
    private final PendingObjectStore pending;
    private final JsonMapper json;
    private final Clock clock;

    VersionService(
            DatasetDirectory datasets,
            VersionStore store,
            ObjectStorage storage,
            ObjectProvider<DatasetVersionUsage> usages,
            TransactionTemplate transaction,
            PendingObjectStore pending,
            JsonMapper json,
            Clock clock) {
        this.datasets = datasets;
        this.store = store;
        this.storage = storage;
        this.usages = usages;
        this.transaction = transaction;
        this.pending = pending;
        this.json = json;
        this.clock = clock;
    }

    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    String publish(String projectId, String datasetId, VersionRequests request) {
        DatasetDirectory.DatasetSummary dataset = dataset(projectId, datasetId);
        StorageLocation work =
                StorageLocation.parse(dataset.workPath()).orElseThrow(() -> VersionErrors.noWorkPath(datasetId));
        storage.defaultBucket(); // 503 before anything is written when storage is not configured
        Instant now = clock.instant();
        String name = request.versionName() != null
                ? request.versionName()
                : String.format(
                        "V%03d",
                        store.summaries(projectId, List.of(datasetId))
                                .getOrDefault(datasetId, io.labelforce.dataset.DatasetVersions.VersionSummary.NONE)
                                .nextVersionNum());
        if (store.nameExists(projectId, datasetId, name)) {
            throw VersionErrors.nameExists(name);
        }
        if (store.releasedInMinute(projectId, datasetId, now.getEpochSecond() / 60)) {
            throw VersionErrors.tooSoon();
        }
        String id = Ids.alphanumeric19();
        ObjectRef manifest = work.resolve("annotation/" + name + "/" + name + ".manifest");
        boolean[] uploaded = {false};
        // committed before the PUT: if the process dies before the version row commits, the sweeper deletes it
        transaction.executeWithoutResult(status -> pending.register(projectId, datasetId, List.of(manifest), now));
        try {
            return Objects.requireNonNull(transaction.execute(status -> {
                String parent = store.newest(projectId, datasetId).orElse(null);
                store.snapshot(projectId, datasetId, id);
                VersionStore.Totals totals = store.totals(projectId, datasetId, id);
                storage.put(manifest, manifest(projectId, datasetId, id), "application/x-ndjson");
                uploaded[0] = true;
                store.insert(
                        row(projectId, datasetId, id, name, request, parent, totals, dataset, manifest, now),
                        dataset.labels());
                if (pending.release(projectId, datasetId, List.of(manifest)).isEmpty()) {
                    // the release outlived the orphan grace period and the sweeper took the manifest
                    throw new DomainException(
                            ErrorKind.UNAVAILABLE,
                            io.labelforce.storage.StorageException.FAILED,
                            "The manifest " + manifest.path() + " was cleaned up before the release committed;"
                                    + " release again");
                }
                return id;
            }));
        } catch (RuntimeException e) {
            if (!uploaded[0] || deleteQuietly(manifest)) {
                try {
                    transaction.executeWithoutResult(
                            status -> pending.release(projectId, datasetId, List.of(manifest)));
                } catch (RuntimeException again) {
                    // the record stays; the sweeper deletes the (absent) object later
                }
            }
            throw e;
        }
    }

    SampleResponses.VersionList list(
            String projectId, String datasetId, @Nullable Integer status, @Nullable String format, PageParams page) {
        dataset(projectId, datasetId);
        List<VersionView> views = store.page(projectId, datasetId, status, format, page.skip(), page.limit()).stream()
                .map(VersionView::of)
                .toList();
        return new SampleResponses.VersionList(store.count(projectId, datasetId, status, format), views);
    }

    VersionView get(String projectId, String datasetId, String versionId) {
        dataset(projectId, datasetId);
        return VersionView.of(
                store.find(projectId, datasetId, versionId).orElseThrow(() -> VersionErrors.notFound(versionId)));
    }

    /** Refused while a team task is based on the version; the manifest is deleted after the commit. */
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    void delete(String projectId, String datasetId, String versionId) {
        dataset(projectId, datasetId);
        if (usages.stream().anyMatch(u -> u.isVersionUsed(projectId, datasetId, versionId))) {
            throw VersionErrors.inUse(versionId);
        }
        VersionRow row = Objects.requireNonNull(transaction.execute(status -> {
            VersionRow found =
                    store.find(projectId, datasetId, versionId).orElseThrow(() -> VersionErrors.notFound(versionId));
            store.delete(projectId, datasetId, versionId);
            if (found.current()) {
                store.newest(projectId, datasetId).ifPresent(next -> store.makeCurrent(projectId, datasetId, next));
            }
            return found;
        }));
        deleteQuietly(new ObjectRef(row.manifestBucket(), row.manifestKey()));
    }

    private byte[] manifest(String projectId, String datasetId, String versionId) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        store.eachSample(projectId, datasetId, versionId, line -> {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("sample_id", line.sampleId());
            entry.put("source", "s3://" + line.bucket() + "/" + line.objectKey());
            entry.put("object_key", line.objectKey());
            entry.put("labels", line.labels());
            out.writeBytes(json.writeValueAsString(entry).getBytes(StandardCharsets.UTF_8));
            out.write('\n');
        });
        return out.toByteArray();
    }

    private static VersionRow row(
            String projectId,
            String datasetId,
            String id,
            String name,
            VersionRequests r,
            @Nullable String parent,
            VersionStore.Totals totals,
            DatasetDirectory.DatasetSummary dataset,
            ObjectRef manifest,
            Instant now) {
        Map<String, Boolean> options = new LinkedHashMap<>();
        options.put("clear_hard_property", r.clearHardProperty() == null || r.clearHardProperty());
        options.put("remove_sample_usage", r.removeSampleUsage() == null || r.removeSampleUsage());
        options.put("export_images", Boolean.TRUE.equals(r.exportImages()));
        options.put("with_column_header", r.withColumnHeader() == null || r.withColumnHeader());
        options.put("single", totals.single());
        return new VersionRow(
                projectId,
                datasetId,
                id,
                name,
                r.description() == null ? "" : r.description(),
                VersionRow.NORMAL,
                parent,
                true,
                r.versionFormat() == null ? "Default" : r.versionFormat(),
                r.trainEvaluateSampleRatio() == null ? "1.00" : r.trainEvaluateSampleRatio(),
                options,
                dataset.datasetType(),
                totals.total(),
                totals.annotated(),
                totals.labelStats(),
                manifest.bucket(),
                manifest.key(),
                now);
    }

    /** Deletes the object; false when storage failed (a failed release's manifest then waits for the sweeper). */
    private boolean deleteQuietly(ObjectRef ref) {
        try {
            storage.delete(ref.bucket(), List.of(ref.key()));
            return true;
        } catch (StorageException e) {
            // an orphaned manifest is never referenced: no version row points at it
            return false;
        }
    }

    private DatasetDirectory.DatasetSummary dataset(String projectId, String datasetId) {
        return datasets.find(projectId, datasetId).orElseThrow(() -> SampleErrors.datasetNotFound(datasetId));
    }
}
