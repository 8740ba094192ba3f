package io.labelforce.workforce;

import io.labelforce.common.Ids;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

@Entity
@Table(name = "workforce")
class WorkforceEntity {

    @Id
    private String id;

    @Column(name = "project_id", updatable = false)
    private String projectId;

    private String name;

    private String description;

    /** Maintained by {@link WorkforceRepository#addToWorkerCount}; never written through the entity. */
    @Column(name = "worker_count", insertable = false, updatable = false)
    private int workerCount;

    @Column(name = "create_time", updatable = false)
    private Instant createTime;

    @Column(name = "update_time")
    private Instant updateTime;

    /** Null until persisted, so that Spring Data persists a new team instead of merging it. */
    @Version
    private @Nullable Long version;

    protected WorkforceEntity() {
        // for JPA
        this.id = "";
        this.projectId = "";
        this.name = "";
        this.description = "";
        this.createTime = Instant.EPOCH;
        this.updateTime = Instant.EPOCH;
    }

    WorkforceEntity(String projectId, String name, @Nullable String description, Instant now) {
        this.id = Ids.alphanumeric19();
        this.projectId = projectId;
        this.name = name;
        this.description = description == null ? "" : description;
        this.createTime = now;
        this.updateTime = now;
    }

    /** A partial update: absent fields stay as they are; nothing changes when nothing is given. */
    void update(@Nullable String newName, @Nullable String newDescription, Instant now) {
        boolean changed = false;
        if (newName != null && !newName.equals(name)) {
            name = newName;
            changed = true;
        }
        if (newDescription != null && !newDescription.equals(description)) {
            description = newDescription;
            changed = true;
        }
        if (changed) {
            updateTime = now;
        }
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

    String getDescription() {
        return description;
    }

    int getWorkerCount() {
        return workerCount;
    }

    Instant getCreateTime() {
        return createTime;
    }

    Instant getUpdateTime() {
        return updateTime;
    }
}
