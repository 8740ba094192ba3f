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
        for (Object constant : WireCodeConstants.BY_TYPE.get(type)) {
            WireCode wireCode = (WireCode) constant;
            if (wireCode.code() == code) {
                return type.cast(constant);
            }
        }
        throw new IllegalArgumentException("No " + type.getSimpleName() + " with code " + code);
    }
}
