package io.labelforce.security;

import com.fasterxml.jackson.annotation.JsonValue;

/**
 * What an API key may do in the projects it covers. {@code read}: GET/HEAD only; {@code write}: every
 * method; {@code admin}: as write, and reserved for project-administration operations; {@code member}: only
 * the routes of a team member's own work ({@link MemberRoutes}), as the member named by the key's
 * {@code worker_email}.
 */
public enum Permission {
    READ,
    WRITE,
    ADMIN,
    /** A team member's personal key: only {@link MemberRoutes}, whatever the method. */
    MEMBER;

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
