package io.labelforce.security;

import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * The authenticated caller behind a request, whatever credential it presented: every kind of credential is
 * turned into this one record, and {@link ProjectAuthorizationManager} decides on it alone.
 *
 * @param keyId the credential's id (for an OIDC token: a name-based UUID of issuer and subject)
 * @param keyName the credential's name (for an OIDC token: its subject)
 * @param projects project ids the credential covers, or {@code *} for all
 * @param workerEmail the team member the credential acts as, if any (for the member's own views)
 * @param kind which kind of credential authenticated the request
 */
public record Caller(
        UUID keyId,
        String keyName,
        Permission permission,
        Set<String> projects,
        @Nullable String workerEmail,
        Kind kind) {

    public static final String ALL_PROJECTS = "*";

    /** The kinds of credential. */
    public enum Kind {
        API_KEY,
        ACCESS_KEY,
        OIDC
    }

    public boolean covers(String projectId) {
        return projects.contains(ALL_PROJECTS) || projects.contains(projectId);
    }

    /** The rate-limit identity: one bucket per credential. */
    String bucketKey() {
        return kind.name().toLowerCase(java.util.Locale.ROOT) + ":" + keyId;
    }
}
