package io.labelforce.security;

import io.labelforce.common.Secrets;

/** API-key and admin secrets ({@code lf_} + 256 random bits); the secret handling itself is {@link Secrets}. */
final class Tokens {

    static final String PREFIX = "lf_";

    private Tokens() {}

    static String newToken() {
        return Secrets.newSecret(PREFIX);
    }

    static String hash(String token) {
        return Secrets.sha256(token);
    }

    static boolean constantTimeEquals(String a, String b) {
        return Secrets.constantTimeEquals(a, b);
    }
}
