package io.labelforce.job;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

@Entity
@Table(name = "annotation_job")
class AnnotationJobEntity {

    @Id
    private UUID id;

    @Column(name = "project_id")
    private String projectId;

    private String name;

    private String description;

    @Column(name = "data_type")
    private String dataType;

    private @Nullable String path;

    @Column(name = "filter_id")
    private @Nullable String filterId;

    @Column(name = "job_type")
    private String type;

    @Column(name = "dls_prj_id")
    private long dlsPrjId;

    @Column(name = "total_count")
    private long totalCount;

    @Column(name = "labeled_count")
    private long labeledCount;

    @Column(name = "create_time")
    private Instant createTime;

    @Column(name = "update_time")
    private Instant updateTime;

    @Version
    private long version;

    protected AnnotationJobEntity() {
        // for JPA
        this.id = UUID.randomUUID();
        this.projectId = "";
        this.name = "";
        this.description = "";
        this.dataType = "";
        this.type = "";
        this.createTime = Instant.EPOCH;
        this.updateTime = Instant.EPOCH;
    }

    AnnotationJobEntity(String projectId, CreateJobRequest request, long dlsPrjId, Instant now) {
        this.id = UUID.randomUUID();
        this.projectId = projectId;
        this.name = request.name();
        this.description = request.description() == null ? "" : request.description();
        this.dataType = request.dataType();
        this.path = request.path();
        this.filterId = request.filterId();
        this.type = request.type();
        this.dlsPrjId = dlsPrjId;
        this.createTime = now;
        this.updateTime = now;
    }

    void modify(String newName, @Nullable String newDescription, Instant now) {
        this.name = newName;
        if (newDescription != null) {
            this.description = newDescription;
        }
        this.updateTime = now;
    }

    UUID getId() {
        return id;
    }

    String getName() {
        return name;
    }

    String getDescription() {
        return description;
    }

    String getDataType() {
        return dataType;
    }

    @Nullable
    String getPath() {
        return path;
    }

    @Nullable
    String getFilterId() {
        return filterId;
    }

    String getType() {
        return type;
    }

    long getDlsPrjId() {
        return dlsPrjId;
    }

    long getTotalCount() {
        return totalCount;
    }

    long getLabeledCount() {
        return labeledCount;
    }

    Instant getCreateTime() {
        return createTime;
    }
}
