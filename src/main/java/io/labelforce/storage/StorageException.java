package io.labelforce.storage;

import io.labelforce.common.DomainException;
import io.labelforce.common.ErrorKind;
import java.util.List;

/** Object storage cannot serve a call: not configured, or the server failed. Answered as 503. */
public class StorageException extends DomainException {

    /** Storage settings are missing. */
    public static final String NOT_CONFIGURED = "Labelforce.5031";
    /** The storage server failed or could not be reached. */
    public static final String FAILED = "Labelforce.5032";

    StorageException(String errorCode, String message) {
        super(ErrorKind.UNAVAILABLE, errorCode, message);
    }

    static StorageException notConfigured(List<String> missing) {
        return new StorageException(
                NOT_CONFIGURED, "Object storage is not configured: set " + String.join(", ", missing));
    }

    static StorageException failed(String operation, String target, String reason) {
        return new StorageException(FAILED, "Object storage failed to " + operation + " " + target + ": " + reason);
    }
}
