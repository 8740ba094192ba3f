package io.labelforce.security;

import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * The authenticated API key behind a request.
 *
 * @param projects project ids the key covers, or {@code *} for all
 * @param workerEmail the team member the key acts as, if any (for the member's own views)
 */
public record Caller(
        UUID keyId,
        String keyName,
        Permission permission,
        Set<String> projects,
        @Nullable String workerEmail) {

    public static final String ALL_PROJECTS = "*";

    public boolean covers(String projectId) {
        return projects.contains(ALL_PROJECTS) || projects.contains(projectId);
    }
}
