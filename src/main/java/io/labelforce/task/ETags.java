package io.labelforce.task;

import io.labelforce.common.DomainException;
import io.labelforce.common.ErrorCodes;
import io.labelforce.common.ErrorKind;
import org.jspecify.annotations.Nullable;

/** A task's ETag is its version: {@code "7"}. {@code If-Match: *} (or none) matches any version. */
final class ETags {

    private ETags() {}

    static String of(long version) {
        return "\"" + version + "\"";
    }

    static @Nullable Long parse(@Nullable String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank() || ifMatch.strip().equals("*")) {
            return null;
        }
        String tag = ifMatch.strip();
        if (tag.startsWith("W/")) {
            tag = tag.substring(2);
        }
        if (tag.length() >= 2 && tag.startsWith("\"") && tag.endsWith("\"")) {
            tag = tag.substring(1, tag.length() - 1);
        }
        try {
            return Long.parseLong(tag);
        } catch (NumberFormatException e) {
            throw new DomainException(
                    ErrorKind.PRECONDITION_FAILED,
                    ErrorCodes.PRECONDITION_FAILED,
                    "If-Match: " + ifMatch + " is no ETag of this service");
        }
    }
}
