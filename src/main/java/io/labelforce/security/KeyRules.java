package io.labelforce.security;

import io.labelforce.common.DomainException;
import io.labelforce.common.ErrorCodes;
import io.labelforce.common.ErrorKind;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** Rules every kind of key shares. */
final class KeyRules {

    private KeyRules() {}

    /** A member credential acts as one member in one project: it needs both, and never {@code *}. */
    static void checkMemberKey(Permission permission, List<String> projects, @Nullable String workerEmail) {
        if (permission != Permission.MEMBER) {
            return;
        }
        if (workerEmail == null) {
            throw invalid("worker_email: a member key acts as a member and needs its e-mail");
        }
        if (projects.size() != 1 || projects.contains(Caller.ALL_PROJECTS)) {
            throw invalid("projects: a member key covers exactly one project, not '*'");
        }
    }

    private static DomainException invalid(String message) {
        return new DomainException(ErrorKind.INVALID, ErrorCodes.INVALID_PARAMETER, message);
    }
}
