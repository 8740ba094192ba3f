package io.labelforce.common;

/** Turns Java property names into the snake_case names callers see on the wire. */
final class Names {

    private Names() {}

    static String snakeCase(String javaName) {
        return javaName.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toLowerCase(java.util.Locale.ROOT);
    }

    /** {@code list.limit} or {@code create.arg0.name} → the last node, in snake_case. */
    static String lastNode(String propertyPath) {
        int dot = propertyPath.lastIndexOf('.');
        return snakeCase(dot < 0 ? propertyPath : propertyPath.substring(dot + 1));
    }
}
