package io.labelforce.common;

/**
 * What kind of failure a {@link DomainException} is. Domain code names the kind; only the web layer
 * ({@link GlobalExceptionHandler}) turns it into an HTTP status.
 */
public enum ErrorKind {
    INVALID,
    UNAUTHENTICATED,
    FORBIDDEN,
    NOT_FOUND,
    CONFLICT,
    GONE,
    PRECONDITION_FAILED,
    QUOTA_EXCEEDED,
    /** A dependency this deployment has not configured or cannot reach (object storage, a key): 503. */
    UNAVAILABLE
}
