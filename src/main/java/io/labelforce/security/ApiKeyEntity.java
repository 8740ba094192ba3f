package io.labelforce.security;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.jspecify.annotations.Nullable;

@Entity
@Table(name = "api_key")
class ApiKeyEntity {

    @Id
    private UUID id;

    private String name;

    @Column(name = "token_hash")
    private String tokenHash;

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

    protected ApiKeyEntity() {
        // for JPA
        this.id = UUID.randomUUID();
        this.name = "";
        this.tokenHash = "";
        this.permission = "";
        this.projects = List.of();
        this.createTime = Instant.EPOCH;
    }

    ApiKeyEntity(
            String name,
            String tokenHash,
            Permission permission,
            List<String> projects,
            @Nullable String workerEmail,
            @Nullable Instant expiresAt,
            Instant createTime) {
        this.id = UUID.randomUUID();
        this.name = name;
        this.tokenHash = tokenHash;
        this.permission = permission.wireName();
        this.projects = List.copyOf(projects);
        this.workerEmail = workerEmail;
        this.expiresAt = expiresAt;
        this.createTime = createTime;
    }

    boolean isUsableAt(Instant now) {
        return revokedAt == null && (expiresAt == null || now.isBefore(expiresAt));
    }

    void revoke(Instant now) {
        if (revokedAt == null) {
            revokedAt = now;
        }
    }

    UUID getId() {
        return id;
    }

    String getName() {
        return name;
    }

    String getTokenHash() {
        return tokenHash;
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
