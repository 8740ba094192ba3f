package io.labelforce.security;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.util.UUID;

/** An AK/SK pair; the secret only sealed ({@link KeyEncryption}), never in clear. */
@Entity
@Table(name = "access_key")
class AccessKeyEntity extends KeyGrant {

    @Column(name = "access_key")
    private String accessKey;

    @Column(name = "secret_ciphertext")
    private byte[] secretCiphertext;

    @Column(name = "kek_id")
    private String kekId;

    protected AccessKeyEntity() {
        // for JPA
        this.accessKey = "";
        this.secretCiphertext = new byte[0];
        this.kekId = "";
    }

    /** {@code id} is chosen first: the sealed secret is bound to it. */
    AccessKeyEntity(UUID id, String accessKey, KeyEncryption.Sealed secret, NewKeyGrant grant) {
        super(id, grant);
        this.accessKey = accessKey;
        this.secretCiphertext = secret.ciphertext();
        this.kekId = secret.kekId();
    }

    void reseal(KeyEncryption.Sealed secret) {
        this.secretCiphertext = secret.ciphertext();
        this.kekId = secret.kekId();
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
}
