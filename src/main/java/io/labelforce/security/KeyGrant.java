package io.labelforce.security;

import io.labelforce.common.PageParams;
import io.labelforce.common.Paging;
import jakarta.persistence.Column;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Pageable;

/**
 * What every stored key grants, whatever the secret that proves it (an API key's hashed token, an access
 * key's sealed secret): its projects, permission and member e-mail, its expiry and revocation. The tables
 * {@code api_key} and {@code access_key} share these columns.
 */
@MappedSuperclass
abstract class KeyGrant {

    @Id
    private UUID id;

    private String name;

    private String permission;

    @JdbcTypeCode(SqlTypes.ARRAY)
    private List<String> projects;

    @Column(name = "worker_email")
    private @Nullable String workerEmail;

    @Column(name = "expires_at")
    private @Nullable Instant expiresAt;

    @Column(name = "create_time")
    private Instant createTime;

    @Column(name = "revoked_at")
    private @Nullable Instant revokedAt;

    protected KeyGrant() {
        // for JPA
        this.id = UUID.randomUUID();
        this.name = "";
        this.permission = "";
        this.projects = List.of();
        this.createTime = Instant.EPOCH;
    }

    protected KeyGrant(UUID id, NewKeyGrant grant) {
        this.id = id;
        this.name = grant.name();
        this.permission = grant.permission().wireName();
        this.projects = List.copyOf(grant.projects());
        this.workerEmail = grant.workerEmail();
        this.expiresAt = grant.expiresAt();
        this.createTime = grant.createTime();
    }

    /** The admin lists' order: newest first (ties by id). */
    static Pageable newestFirst(int offset, int limit) {
        return new PageParams(offset, limit).pageable(Paging.sort("createTime", "desc", "id"));
    }

    boolean isUsableAt(Instant now) {
        return revokedAt == null && (expiresAt == null || now.isBefore(expiresAt));
    }

    void revoke(Instant now) {
        if (revokedAt == null) {
            revokedAt = now;
        }
    }

    /** The caller this key authenticates as. */
    Caller caller(Caller.Kind kind) {
        return new Caller(id, name, getPermission(), Set.copyOf(projects), workerEmail, kind);
    }

    /** The part of the admin API's view that every kind of key shares. */
    KeyGrantView view() {
        return new KeyGrantView(
                name,
                projects,
                getPermission(),
                expiresAt == null ? null : expiresAt.toEpochMilli(),
                workerEmail,
                createTime.toEpochMilli());
    }

    UUID getId() {
        return id;
    }

    String getName() {
        return name;
    }

    Permission getPermission() {
        return Permission.fromWire(permission);
    }

    List<String> getProjects() {
        return projects;
    }

    @Nullable
    String getWorkerEmail() {
        return workerEmail;
    }

    @Nullable
    Instant getExpiresAt() {
        return expiresAt;
    }

    Instant getCreateTime() {
        return createTime;
    }
}
