package io.labelforce.common;

/**
 * How a named database constraint is reported when a write breaks it. Modules declare one bean per
 * constraint they own; {@link GlobalExceptionHandler} finds it by name. This keeps uniqueness rules in the
 * database (race-free) while the caller still gets the specific code.
 */
public record ConstraintError(String constraintName, ErrorKind kind, String errorCode, String message) {}
