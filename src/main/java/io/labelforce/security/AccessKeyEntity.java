package io.labelforce.security;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.jspecify.annotations.Nullable;

/** An AK/SK pair; the secret only sealed ({@link KeyEncryption}), never in clear. */
@Entity
@Table(name = "access_key")
class AccessKeyEntity {

    @Id
    private UUID id;

    @Column(name = "access_key")
    private String accessKey;

    @Column(name = "secret_ciphertext")
    private byte[] secretCiphertext;

    @Column(name = "kek_id")
    private String kekId;

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

    protected AccessKeyEntity() {
        // for JPA
        this.id = UUID.randomUUID();
        this.accessKey = "";
        this.secretCiphertext = new byte[0];
        this.kekId = "";
        this.name = "";
        this.permission = "";
        this.projects = List.of();
        this.createTime = Instant.EPOCH;
    }

    AccessKeyEntity(
            UUID id,
            String accessKey,
            KeyEncryption.Sealed secret,
            String name,
            Permission permission,
            List<String> projects,
            @Nullable String workerEmail,
            @Nullable Instant expiresAt,
            Instant createTime) {
        this.id = id;
        this.accessKey = accessKey;
        this.secretCiphertext = secret.ciphertext();
        this.kekId = secret.kekId();
        this.name = name;
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

    void reseal(KeyEncryption.Sealed secret) {
        this.secretCiphertext = secret.ciphertext();
        this.kekId = secret.kekId();
    }

    Caller caller() {
        return new Caller(
                id, name, Permission.fromWire(permission), Set.copyOf(projects), workerEmail, Caller.Kind.ACCESS_KEY);
    }

    UUID getId() {
        return id;
    }

    String getAccessKey() {
        return accessKey;
    }

    byte[] getSecretCiphertext() {
        return secretCiphertext;
    }

    String getKekId() {
        return kekId;
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
