package io.labelforce.security;

import io.labelforce.common.ErrorCodes;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.stereotype.Component;

/**
 * Counts refused requests as {@code labelforce.auth.failures{reason}} (Prometheus
 * {@code labelforce_auth_failures_total}). A rising {@code invalid_token} rate is someone guessing or
 * replaying revoked keys; {@code project_not_covered} is a key used outside its projects. Every reason is
 * registered at zero so that rate alerts work before the first failure.
 */
@Component
class AuthFailures {

    static final String METER = "labelforce.auth.failures";

    private final Counter missingToken;
    private final Counter invalidToken;
    private final Counter projectNotCovered;
    private final Counter invalidProjectId;
    private final Counter permission;

    AuthFailures(MeterRegistry registry) {
        this.missingToken = counter(registry, "missing_token");
        this.invalidToken = counter(registry, "invalid_token");
        this.projectNotCovered = counter(registry, "project_not_covered");
        this.invalidProjectId = counter(registry, "invalid_project_id");
        this.permission = counter(registry, "permission");
    }

    /** A 401: no token at all, or one that is unknown, revoked or expired. */
    void unauthenticated(boolean tokenPresented) {
        (tokenPresented ? invalidToken : missingToken).increment();
    }

    /** A refusal of an authenticated caller, by the error code the caller gets. */
    void denied(String errorCode) {
        switch (errorCode) {
            case ErrorCodes.PROJECT_MISMATCH -> projectNotCovered.increment();
            case ErrorCodes.INVALID_PARAMETER -> invalidProjectId.increment();
            default -> permission.increment();
        }
    }

    private static Counter counter(MeterRegistry registry, String reason) {
        return Counter.builder(METER)
                .description("Requests refused by authentication or project scope")
                .tag("reason", reason)
                .register(registry);
    }
}
