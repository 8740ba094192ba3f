package io.labelforce.task;

import io.labelforce.common.Ids;
import io.labelforce.dataset.Label;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.jspecify.annotations.Nullable;

@Entity
@Table(name = "workforce_task")
class WorkforceTaskEntity {

    @Id
    private String id;

    @Column(name = "project_id")
    private String projectId;

    @Column(name = "dataset_id")
    private String datasetId;

    @Column(name = "dataset_type")
    private int datasetType;

    private String name;

    private String description;

    @Convert(converter = TaskStatus.Converter.class)
    private TaskStatus status;

    private int repetition;

    @Column(name = "auto_sync_dataset")
    private boolean autoSyncDataset;

    @Column(name = "data_sync_type")
    private @Nullable Integer dataSyncType;

    @Column(name = "synchronize_data")
    private boolean synchronizeData;

    @Column(name = "synchronize_auto_labeling_data")
    private boolean synchronizeAutoLabelingData;

    @Column(name = "sample_conditions")
    private @Nullable String sampleConditions;

    @Column(name = "task_type")
    private @Nullable Integer taskType;

    @Column(name = "version_id")
    private @Nullable String versionId;

    @Column(name = "workspace_id")
    private String workspaceId;

    @JdbcTypeCode(SqlTypes.JSON)
    private List<Label> labels;

    private @Nullable String agency;

    @Column(name = "create_time")
    private Instant createTime;

    @Column(name = "update_time")
    private Instant updateTime;

    @Version
    private long version;

    protected WorkforceTaskEntity() {
        // for JPA
        this.id = "";
        this.projectId = "";
        this.datasetId = "";
        this.name = "";
        this.description = "";
        this.workspaceId = "0";
        this.status = TaskStatus.CREATED;
        this.labels = new ArrayList<>();
        this.createTime = Instant.EPOCH;
        this.updateTime = Instant.EPOCH;
    }

    WorkforceTaskEntity(
            String projectId,
            String datasetId,
            int datasetType,
            CreateTaskRequest request,
            List<Label> labels,
            Instant now) {
        this.id = Ids.alphanumeric19();
        this.projectId = projectId;
        this.datasetId = datasetId;
        this.datasetType = datasetType;
        this.name = request.taskName();
        this.description = request.description() == null ? "" : request.description();
        this.status = TaskStatus.CREATED;
        this.repetition = request.repetition() == null ? 1 : request.repetition();
        this.autoSyncDataset = request.autoSyncDataset() == null || request.autoSyncDataset();
        this.dataSyncType = request.dataSyncType();
        this.synchronizeData = Boolean.TRUE.equals(request.synchronizeData());
        this.synchronizeAutoLabelingData = Boolean.TRUE.equals(request.synchronizeAutoLabelingData());
        this.sampleConditions = request.sampleConditions();
        this.taskType = request.taskType();
        this.versionId = request.versionId();
        this.workspaceId = request.workspaceId() == null ? "0" : request.workspaceId();
        this.labels = new ArrayList<>(labels);
        this.createTime = now;
        this.updateTime = now;
    }

    void rename(String newName) {
        this.name = newName;
    }

    void describe(String newDescription) {
        this.description = newDescription;
    }

    void delegateTo(@Nullable String newAgency) {
        this.agency = newAgency;
    }

    /** Refuses an update while an acceptance runs or once the task has passed (409). */
    void checkUpdatable() {
        status.checkUpdatable();
    }

    /** Refuses a start unless the task is created or rejected (409). */
    void checkStartable() {
        status.checkStartable();
    }

    /** Refuses a deletion while an acceptance runs (409). */
    void checkDeletable() {
        status.checkDeletable();
    }

    /** Moves the status, or refuses with 409 when the move is not allowed from the current status. */
    TaskStatus move(TaskStatus.Move move) {
        this.status = move.apply(status);
        return status;
    }

    /** Every change goes through here, so that the version (the ETag) moves even when only assignments change. */
    void touch(Instant now) {
        this.updateTime = now;
    }

    String getId() {
        return id;
    }

    String getProjectId() {
        return projectId;
    }

    String getDatasetId() {
        return datasetId;
    }

    int getDatasetType() {
        return datasetType;
    }

    String getName() {
        return name;
    }

    String getDescription() {
        return description;
    }

    TaskStatus getStatus() {
        return status;
    }

    int getRepetition() {
        return repetition;
    }

    boolean isAutoSyncDataset() {
        return autoSyncDataset;
    }

    @Nullable
    Integer getDataSyncType() {
        return dataSyncType;
    }

    boolean isSynchronizeData() {
        return synchronizeData;
    }

    boolean isSynchronizeAutoLabelingData() {
        return synchronizeAutoLabelingData;
    }

    @Nullable
    String getSampleConditions() {
        return sampleConditions;
    }

    @Nullable
    Integer getTaskType() {
        return taskType;
    }

    @Nullable
    String getVersionId() {
        return versionId;
    }

    String getWorkspaceId() {
        return workspaceId;
    }

    List<Label> getLabels() {
        return List.copyOf(labels);
    }

    @Nullable
    String getAgency() {
        return agency;
    }

    Instant getCreateTime() {
        return createTime;
    }

    Instant getUpdateTime() {
        return updateTime;
    }

    long getVersion() {
        return version;
    }
}
