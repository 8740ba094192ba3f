package io.labelforce.workforce;

import io.labelforce.common.Ids;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Persistable;

/**
 * A team member. Removing a member only sets {@link WorkerStatus#REMOVED}: the row (and its id) stays
 * for the history that refers to it, and adding the same e-mail again reactivates it.
 *
 * <p>{@link Persistable} tells Spring Data that a member without a version is new; without it, every
 * {@code save} asked a bean wrapper for the version property, which has no getter, and paid for a
 * {@code NotReadablePropertyException} before reading the field (seen in the member-creation profile,
 * docs/benchmarks.md).
 */
@Entity
@Table(name = "worker")
class WorkerEntity implements Persistable<String> {

    @Id
    private String id;

    @Column(name = "project_id", updatable = false)
    private String projectId;

    @Column(name = "workforce_id", updatable = false)
    private String workforceId;

    @Column(updatable = false)
    private String email;

    @Convert(converter = WorkerRole.Converter.class)
    private WorkerRole role;

    @Convert(converter = WorkerStatus.Converter.class)
    private WorkerStatus status;

    private String description;

    @Column(name = "create_time", updatable = false)
    private Instant createTime;

    @Column(name = "update_time")
    private Instant updateTime;

    @Version
    private @Nullable Long version;

    protected WorkerEntity() {
        // for JPA
        this.id = "";
        this.projectId = "";
        this.workforceId = "";
        this.email = "";
        this.description = "";
        this.role = WorkerRole.LABELER;
        this.status = WorkerStatus.NEW;
        this.createTime = Instant.EPOCH;
        this.updateTime = Instant.EPOCH;
    }

    WorkerEntity(
            String projectId,
            String workforceId,
            String email,
            WorkerRole role,
            @Nullable String description,
            Instant now) {
        this.id = Ids.hex32();
        this.projectId = projectId;
        this.workforceId = workforceId;
        this.email = email;
        this.role = role;
        this.status = WorkerStatus.NEW;
        this.description = description == null ? "" : description;
        this.createTime = now;
        this.updateTime = now;
    }

    boolean isRemoved() {
        return status == WorkerStatus.REMOVED;
    }

    /** Adding a removed member's e-mail again: same row and id, a fresh start as a new member. */
    void reactivate(WorkerRole newRole, @Nullable String newDescription, Instant now) {
        if (!isRemoved()) {
            throw new IllegalStateException("Worker " + id + " is active");
        }
        this.role = newRole;
        this.status = WorkerStatus.NEW;
        this.description = newDescription == null ? "" : newDescription;
        this.updateTime = now;
    }

    /** A partial update: absent fields stay as they are; nothing changes when nothing is given. */
    void update(@Nullable WorkerRole newRole, @Nullable String newDescription, Instant now) {
        boolean changed = false;
        if (newRole != null && newRole != role) {
            role = newRole;
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

    @Override
    public boolean isNew() {
        return version == null;
    }

    @Override
    public String getId() {
        return id;
    }

    String getProjectId() {
        return projectId;
    }

    String getWorkforceId() {
        return workforceId;
    }

    String getEmail() {
        return email;
    }

    WorkerRole getRole() {
        return role;
    }

    WorkerStatus getStatus() {
        return status;
    }

    String getDescription() {
        return description;
    }

    Instant getCreateTime() {
        return createTime;
    }

    Instant getUpdateTime() {
        return updateTime;
    }
}
