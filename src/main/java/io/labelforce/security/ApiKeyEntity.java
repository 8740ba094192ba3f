package io.labelforce.security;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.util.UUID;

/** An API key: the secret token only as its SHA-256. */
@Entity
@Table(name = "api_key")
class ApiKeyEntity extends KeyGrant {

    @Column(name = "token_hash")
    private String tokenHash;

    protected ApiKeyEntity() {
        // for JPA
        this.tokenHash = "";
    }

    ApiKeyEntity(String tokenHash, NewKeyGrant grant) {
        super(UUID.randomUUID(), grant);
        this.tokenHash = tokenHash;
    }

    String getTokenHash() {
        return tokenHash;
    }
}
