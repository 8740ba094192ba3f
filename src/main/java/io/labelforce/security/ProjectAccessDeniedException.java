package io.labelforce.security;

import java.util.Objects;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;

/** A refusal with its own status and code, written by {@link ProblemAccessDeniedHandler}. */
class ProjectAccessDeniedException extends AccessDeniedException {

    private final HttpStatus status;
    private final String errorCode;

    ProjectAccessDeniedException(HttpStatus status, String errorCode, String message) {
        super(message);
        this.status = status;
        this.errorCode = errorCode;
    }

    HttpStatus status() {
        return status;
    }

    String errorCode() {
        return errorCode;
    }

    /** Never null, since the constructor takes a message; it becomes {@code error_msg}. */
    @Override
    public String getMessage() {
        return Objects.requireNonNull(super.getMessage());
    }
}
