package io.labelforce.common;

import java.security.SecureRandom;

/** Random, unguessable identifiers in the formats of the ModelArts reference. */
public final class Ids {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final char[] ALPHANUMERIC =
            "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789".toCharArray();
    private static final char[] HEX = "0123456789abcdef".toCharArray();

    private Ids() {}

    /** 19 mixed-case alphanumerics, like team, dataset and task ids ({@code 3frbQ90hb8ZKksAhyR8}). */
    public static String alphanumeric19() {
        return random(ALPHANUMERIC, 19);
    }

    /** 32 lowercase hex digits, like worker and sample ids. */
    public static String hex32() {
        return random(HEX, 32);
    }

    private static String random(char[] alphabet, int length) {
        char[] out = new char[length];
        for (int i = 0; i < length; i++) {
            out[i] = alphabet[RANDOM.nextInt(alphabet.length)];
        }
        return new String(out);
    }
}
