package io.labelforce.common;

/** Error codes shared by every module. Module-specific codes live beside the module's exceptions. */
public final class ErrorCodes {

    /** Malformed request body (not JSON, or a field of the wrong JSON type). */
    public static final String INVALID_ARGUMENT = "ModelArts.0101";
    /** A parameter or field breaks a rule. */
    public static final String INVALID_PARAMETER = "ModelArts.0104";
    /** The caller's key does not allow this operation. */
    public static final String NOT_AUTHORIZED = "ModelArts.0108";
    /** The project id in the path is not covered by the caller's key. */
    public static final String PROJECT_MISMATCH = "ModelArts.0210";
    /** No token, or a token that is unknown, revoked or expired. */
    public static final String BAD_TOKEN = "ModelArts.4504";
    /** Generic "resource does not exist" (unknown path). */
    public static final String NOT_FOUND = "ModelArts.0015";
    /** Too many resources of a kind in a project. */
    public static final String QUOTA_EXCEEDED = "ModelArts.4395";
    /** Internal error: a bug, logged with the request id. */
    public static final String INTERNAL = "ModelArts.0010";

    public static final String METHOD_NOT_ALLOWED = "Labelforce.0405";
    public static final String NOT_ACCEPTABLE = "Labelforce.0406";
    public static final String CONCURRENT_CHANGE = "Labelforce.0409";
    public static final String PRECONDITION_FAILED = "Labelforce.0412";
    public static final String PAYLOAD_TOO_LARGE = "Labelforce.0413";
    public static final String UNSUPPORTED_MEDIA_TYPE = "Labelforce.0415";
    /** The service cannot answer now (its database is unreachable or the connection broke): retry later. */
    public static final String UNAVAILABLE = "Labelforce.0503";

    private ErrorCodes() {}
}
