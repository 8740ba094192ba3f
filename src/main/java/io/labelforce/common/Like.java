package io.labelforce.common;

import java.util.Locale;

/** Builds LIKE patterns in which the caller's {@code %}, {@code _} and {@code \} match themselves. */
public final class Like {

    private Like() {}

    /** {@code "a_b"} → {@code "%A\_B%"}: for {@code upper(column) like :pattern escape '\'}. */
    public static String containsIgnoreCase(String text) {
        String escaped = text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
        return "%" + escaped.toUpperCase(Locale.ROOT) + "%";
    }
}
