package io.labelforce.security;

import com.fasterxml.jackson.annotation.JsonValue;

/**
 * What an API key may do in the projects it covers. {@code read}: GET/HEAD only; {@code write}: every
 * method; {@code admin}: as write, and reserved for project-administration operations.
 */
public enum Permission {
    READ,
    WRITE,
    ADMIN;

    @JsonValue
    public String wireName() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    static Permission fromWire(String value) {
        return valueOf(value.toUpperCase(java.util.Locale.ROOT));
    }

    boolean allowsWrites() {
        return this != READ;
    }
}
