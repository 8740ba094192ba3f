package io.labelforce.dataset;

import io.labelforce.common.Like;
import io.labelforce.common.Paging;
import java.time.Clock;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional(readOnly = true)
class DatasetService implements DatasetDirectory {

    private final DatasetRepository repository;
    private final ObjectProvider<DatasetUsage> usages;
    private final ObjectProvider<DatasetSampleCounts> sampleCounts;
    private final ObjectProvider<DatasetVersions> versions;
    private final Clock clock;

    DatasetService(
            DatasetRepository repository,
            ObjectProvider<DatasetUsage> usages,
            ObjectProvider<DatasetSampleCounts> sampleCounts,
            ObjectProvider<DatasetVersions> versions,
            Clock clock) {
        this.repository = repository;
        this.usages = usages;
        this.sampleCounts = sampleCounts;
        this.versions = versions;
        this.clock = clock;
    }

    @Transactional
    DatasetResponses.DatasetId create(String projectId, CreateDatasetRequest request) {
        if (request.workforceInformation() != null) {
            throw DatasetErrors.invalid("workforce_information: is not supported; create the team labeling task "
                    + "with POST /v2/{project_id}/datasets/{dataset_id}/workforce-tasks");
        }
        if (request.labels() != null) {
            Labels.requireUniqueNames(request.labels());
        }
        checkWorkPathOutsideInputs(request);
        DatasetEntity dataset = repository.saveAndFlush(new DatasetEntity(projectId, request, clock.instant()));
        return new DatasetResponses.DatasetId(dataset.getId());
    }

    DatasetResponses.DatasetList list(String projectId, DatasetQuery query) {
        String property = "dataset_name".equals(query.sortBy()) ? "name" : "createTime";
        Pageable pageable = query.page().pageable(Paging.sort(property, query.order(), "id"));
        String pattern = query.searchContent().isEmpty() ? null : Like.containsIgnoreCase(query.searchContent());
        Page<DatasetEntity> page =
                repository.search(projectId, query.datasetType(), query.workspaceId(), pattern, pageable);
        List<String> ids = page.getContent().stream().map(DatasetEntity::getId).toList();
        Map<String, SampleCounts> counts = sampleCounts(projectId, ids);
        Map<String, Long> tasks = workforceTaskCounts(projectId, ids);
        Map<String, DatasetVersions.VersionSummary> summaries = versionSummaries(projectId, ids);
        List<DatasetView> views = page.getContent().stream()
                .map(d -> DatasetView.of(
                        d,
                        counts.getOrDefault(d.getId(), SampleCounts.NONE),
                        summaries.getOrDefault(d.getId(), DatasetVersions.VersionSummary.NONE),
                        tasks.getOrDefault(d.getId(), 0L),
                        query.withLabels()))
                .toList();
        return new DatasetResponses.DatasetList(
                page.getTotalElements(), views, query.workspaceId() == null ? "0" : query.workspaceId());
    }

    DatasetView get(String projectId, String datasetId) {
        DatasetEntity dataset = load(projectId, datasetId);
        return DatasetView.of(
                dataset,
                sampleCounts(projectId, datasetId),
                versionSummaries(projectId, List.of(datasetId))
                        .getOrDefault(datasetId, DatasetVersions.VersionSummary.NONE),
                workforceTaskCounts(projectId, List.of(datasetId)).getOrDefault(datasetId, 0L),
                true);
    }

    @Transactional
    DatasetResponses.DatasetId update(String projectId, String datasetId, UpdateDatasetRequest request) {
        if (request.datasetId() != null && !request.datasetId().equals(datasetId)) {
            throw DatasetErrors.invalid("dataset_id: must match the dataset in the path");
        }
        DatasetEntity dataset = load(projectId, datasetId);
        if (request.currentVersionId() != null && !request.currentVersionId().isEmpty()) {
            switchVersion(projectId, datasetId, request.currentVersionId());
        }
        if (request.datasetName() != null) {
            dataset.rename(request.datasetName());
        }
        if (request.description() != null) {
            dataset.describe(request.description());
        }
        if (request.addLabels() != null || request.updateLabels() != null || request.deleteLabels() != null) {
            dataset.replaceLabels(Labels.apply(
                    dataset.getLabels(),
                    orEmpty(request.deleteLabels()),
                    orEmpty(request.updateLabels()),
                    orEmpty(request.addLabels())));
        }
        dataset.touch(clock.instant());
        repository.flush();
        return new DatasetResponses.DatasetId(datasetId);
    }

    @Transactional
    void delete(String projectId, String datasetId) {
        // the row lock makes a concurrent task creation wait, so the check below sees it
        DatasetEntity dataset = repository
                .lockByIdAndProjectId(datasetId, projectId)
                .orElseThrow(() -> DatasetErrors.notFound(datasetId));
        if (usages.stream().anyMatch(usage -> usage.hasUnfinishedTasks(projectId, datasetId))) {
            throw DatasetErrors.unfinishedTasks(datasetId);
        }
        repository.delete(dataset);
    }

    @Override
    public Optional<DatasetSummary> find(String projectId, String datasetId) {
        return repository
                .findByIdAndProjectId(datasetId, projectId)
                .map(d -> new DatasetSummary(
                        d.getId(),
                        d.getName(),
                        d.getDatasetType(),
                        d.getLabels(),
                        d.getDataSources(),
                        d.getWorkPath()));
    }

    @Override
    public SampleCounts sampleCounts(String projectId, String datasetId) {
        return sampleCounts(projectId, List.of(datasetId)).getOrDefault(datasetId, SampleCounts.NONE);
    }

    @Override
    public Map<String, LabelCount> labelCounts(String projectId, String datasetId) {
        DatasetSampleCounts source = sampleCounts.getIfAvailable();
        return source == null ? Map.of() : source.labelCounts(projectId, datasetId);
    }

    private Map<String, SampleCounts> sampleCounts(String projectId, Collection<String> datasetIds) {
        DatasetSampleCounts source = sampleCounts.getIfAvailable();
        if (datasetIds.isEmpty() || source == null) {
            return Map.of();
        }
        return source.sampleCounts(projectId, datasetIds);
    }

    /** ModelArts.4615 while a team task is unfinished (it works on the current version), 4353 for an unknown id. */
    private void switchVersion(String projectId, String datasetId, String versionId) {
        DatasetVersions source = versions.getIfAvailable();
        if (source == null || !source.makeCurrent(projectId, datasetId, versionId)) {
            throw DatasetErrors.versionNotFound(versionId);
        }
        if (usages.stream().anyMatch(usage -> usage.hasUnfinishedTasks(projectId, datasetId))) {
            throw DatasetErrors.unfinishedTasksBlockSwitch(datasetId);
        }
    }

    private Map<String, DatasetVersions.VersionSummary> versionSummaries(
            String projectId, Collection<String> datasetIds) {
        DatasetVersions source = versions.getIfAvailable();
        if (datasetIds.isEmpty() || source == null) {
            return Map.of();
        }
        return source.summaries(projectId, datasetIds);
    }

    private Map<String, Long> workforceTaskCounts(String projectId, Collection<String> datasetIds) {
        Map<String, Long> counts = new HashMap<>();
        if (!datasetIds.isEmpty()) {
            usages.forEach(usage -> usage.workforceTaskCounts(projectId, datasetIds)
                    .forEach((id, n) -> counts.merge(id, n, Long::sum)));
        }
        return counts;
    }

    private DatasetEntity load(String projectId, String datasetId) {
        return repository
                .findByIdAndProjectId(datasetId, projectId)
                .orElseThrow(() -> DatasetErrors.notFound(datasetId));
    }

    /** The output directory may not be an input directory or lie inside one. */
    private static void checkWorkPathOutsideInputs(CreateDatasetRequest request) {
        if (request.dataSources() == null) {
            return;
        }
        for (DataSource source : request.dataSources()) {
            String input = source.dataPath().endsWith("/") ? source.dataPath() : source.dataPath() + "/";
            if (request.workPath().startsWith(input)) {
                throw DatasetErrors.invalid(
                        "work_path: must not be the input path " + source.dataPath() + " or lie inside it");
            }
        }
    }

    private static <T> List<T> orEmpty(@Nullable List<T> list) {
        return list == null ? List.of() : list;
    }
}
