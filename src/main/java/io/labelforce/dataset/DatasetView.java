package io.labelforce.dataset;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** A dataset as ListDatasets and DescDataset show it; absent parts are left out. */
@JsonInclude(JsonInclude.Include.NON_NULL)
record DatasetView(
        String datasetId,
        String datasetName,
        int datasetType,
        String description,
        DatasetStatus status,
        String dataFormat,
        int datasetFormat,
        String workspaceId,
        long createTime,
        long updateTime,
        long dataUpdateTime,
        long totalSampleCount,
        long annotatedSampleCount,
        long unconfirmedSampleCount,
        long deletedSampleCount,
        @Nullable List<Label> labels,
        List<DataSource> dataSources,
        String workPath,
        int workPathType,
        long workforceTaskCount,
        boolean existWorkforceTask,
        @Nullable String currentVersionId,
        @Nullable String currentVersionName,
        long datasetVersionCount,
        int nextVersionNum) {

    private static final int TABLE = 400;

    static DatasetView of(
            DatasetEntity d,
            SampleCounts counts,
            DatasetVersions.VersionSummary versions,
            long workforceTasks,
            boolean withLabels) {
        return new DatasetView(
                d.getId(),
                d.getName(),
                d.getDatasetType(),
                d.getDescription(),
                d.getStatus(),
                "Default",
                d.getDatasetType() == TABLE ? 1 : 0,
                d.getWorkspaceId(),
                d.getCreateTime().toEpochMilli(),
                d.getUpdateTime().toEpochMilli(),
                d.getDataUpdateTime().toEpochMilli(),
                counts.total(),
                counts.annotated(),
                counts.unconfirmed(),
                counts.deleted(),
                withLabels ? d.getLabels() : null,
                d.getDataSources(),
                d.getWorkPath(),
                d.getWorkPathType(),
                workforceTasks,
                workforceTasks > 0,
                versions.currentVersionId(),
                versions.currentVersionName(),
                versions.versionCount(),
                versions.nextVersionNum());
    }
}
