package io.labelforce.common;

import com.fasterxml.jackson.annotation.JsonValue;

/**
 * An enum constant with the integer code the API and the table use for it (a status, a role). The code is the
 * JSON value; {@link WireCodeConverter} stores it in the column.
 */
public interface WireCode {

    @JsonValue
    int code();

    /** The constant of {@code type} with this code. */
    static <E extends Enum<E> & WireCode> E of(Class<E> type, int code) {
        for (E constant : type.getEnumConstants()) {
            if (constant.code() == code) {
                return constant;
            }
        }
        throw new IllegalArgumentException("No " + type.getSimpleName() + " with code " + code);
    }
}
