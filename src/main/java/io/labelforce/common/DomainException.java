package io.labelforce.common;

import java.util.Objects;

/**
 * A failure the caller can act on. Carries the machine-readable {@code error_code}
 * (a {@code ModelArts.NNNN} code where the reference has one, else {@code Labelforce.NNNN}); the message
 * becomes {@code error_msg} and must be safe to show to the caller.
 */
public class DomainException extends RuntimeException {

    private final ErrorKind kind;
    private final String errorCode;

    public DomainException(ErrorKind kind, String errorCode, String message) {
        super(message);
        this.kind = kind;
        this.errorCode = errorCode;
    }

    public ErrorKind kind() {
        return kind;
    }

    public String errorCode() {
        return errorCode;
    }

    /** The caller-safe message; never null, since every constructor takes one. */
    @Override
    public String getMessage() {
        return Objects.requireNonNull(super.getMessage());
    }
}
