package io.labelforce.dataset;

import io.labelforce.common.Ids;
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

@Entity
@Table(name = "dataset")
class DatasetEntity {

    @Id
    private String id;

    @Column(name = "project_id")
    private String projectId;

    private String name;

    @Column(name = "dataset_type")
    private int datasetType;

    private String description;

    @Convert(converter = DatasetStatus.Converter.class)
    private DatasetStatus status;

    @Column(name = "workspace_id")
    private String workspaceId;

    @Column(name = "work_path")
    private String workPath;

    @Column(name = "work_path_type")
    private int workPathType;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "data_sources")
    private List<DataSource> dataSources;

    @JdbcTypeCode(SqlTypes.JSON)
    private List<Label> labels;

    @Column(name = "create_time")
    private Instant createTime;

    @Column(name = "update_time")
    private Instant updateTime;

    @Column(name = "data_update_time")
    private Instant dataUpdateTime;

    @Version
    private long version;

    protected DatasetEntity() {
        // for JPA
        this.id = "";
        this.projectId = "";
        this.name = "";
        this.description = "";
        this.status = DatasetStatus.NORMAL;
        this.workspaceId = "";
        this.workPath = "";
        this.dataSources = new ArrayList<>();
        this.labels = new ArrayList<>();
        this.createTime = Instant.EPOCH;
        this.updateTime = Instant.EPOCH;
        this.dataUpdateTime = Instant.EPOCH;
    }

    DatasetEntity(String projectId, CreateDatasetRequest request, Instant now) {
        this.id = Ids.alphanumeric19();
        this.projectId = projectId;
        this.name = request.datasetName();
        this.datasetType = request.datasetType() == null ? 0 : request.datasetType();
        this.description = request.description() == null ? "" : request.description();
        this.status = DatasetStatus.NORMAL;
        this.workspaceId = request.workspaceId() == null ? "0" : request.workspaceId();
        this.workPath = request.workPath();
        this.workPathType = request.workPathType() == null ? 0 : request.workPathType();
        this.dataSources = request.dataSources() == null ? new ArrayList<>() : new ArrayList<>(request.dataSources());
        this.labels = request.labels() == null ? new ArrayList<>() : new ArrayList<>(request.labels());
        this.createTime = now;
        this.updateTime = now;
        this.dataUpdateTime = now;
    }

    void rename(String newName) {
        this.name = newName;
    }

    void describe(String newDescription) {
        this.description = newDescription;
    }

    void replaceLabels(List<Label> newLabels) {
        this.labels = new ArrayList<>(newLabels);
    }

    void touch(Instant now) {
        this.updateTime = now;
    }

    String getId() {
        return id;
    }

    String getProjectId() {
        return projectId;
    }

    String getName() {
        return name;
    }

    int getDatasetType() {
        return datasetType;
    }

    String getDescription() {
        return description;
    }

    DatasetStatus getStatus() {
        return status;
    }

    String getWorkspaceId() {
        return workspaceId;
    }

    String getWorkPath() {
        return workPath;
    }

    int getWorkPathType() {
        return workPathType;
    }

    List<DataSource> getDataSources() {
        return List.copyOf(dataSources);
    }

    List<Label> getLabels() {
        return List.copyOf(labels);
    }

    Instant getCreateTime() {
        return createTime;
    }

    Instant getUpdateTime() {
        return updateTime;
    }

    Instant getDataUpdateTime() {
        return dataUpdateTime;
    }
}
