package io.labelforce.security;

import io.labelforce.common.DomainException;
import io.labelforce.common.ErrorCodes;
import io.labelforce.common.ErrorKind;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A grant checked for a new key, whatever its kind: the rules of {@link CreateApiKeyRequest} that one field
 * alone cannot say. {@code expires_at} must be in the future; projects are kept once each, in order; a member
 * key ({@link Permission#MEMBER}) acts as one member in one project, so it needs {@code worker_email} and
 * exactly one project other than {@code *}.
 */
record NewKeyGrant(
        String name,
        Permission permission,
        List<String> projects,
        @Nullable String workerEmail,
        @Nullable Instant expiresAt,
        Instant createTime) {

    NewKeyGrant {
        projects = List.copyOf(new LinkedHashSet<>(projects));
        if (expiresAt != null && !expiresAt.isAfter(createTime)) {
            throw invalid("expires_at: must be in the future");
        }
        if (permission == Permission.MEMBER) {
            if (workerEmail == null) {
                throw invalid("worker_email: a member key acts as a member and needs its e-mail");
            }
            if (projects.size() != 1 || projects.contains(Caller.ALL_PROJECTS)) {
                throw invalid("projects: a member key covers exactly one project, not '*'");
            }
        }
    }

    static NewKeyGrant of(CreateApiKeyRequest request, Instant now) {
        return new NewKeyGrant(
                request.name(),
                Permission.fromWire(request.permission()),
                request.projects(),
                request.workerEmail(),
                request.expiresAt() == null ? null : Instant.ofEpochMilli(request.expiresAt()),
                now);
    }

    /** A member key of the onboarding: no expiry (it ends with the membership). */
    static NewKeyGrant member(String name, String projectId, String email, Instant now) {
        return new NewKeyGrant(name, Permission.MEMBER, List.of(projectId), email, null, now);
    }

    private static DomainException invalid(String message) {
        return new DomainException(ErrorKind.INVALID, ErrorCodes.INVALID_PARAMETER, message);
    }
}
