package io.labelforce.sample;

import java.util.Locale;
import java.util.Optional;

/**
 * The state of a dataset-level sample, stored as the enum name. The wire shows the names the reference's examples
 * use ({@code sample_status}); filters accept the enum, the example and the statistics spellings, in any case and
 * wrapped in {@code __…__}.
 */
public enum SampleState {
    /** Not labeled. */
    NONE("UN_ANNOTATION", "un_annotation"),
    /** Labeled (final). */
    ALL("MANUAL_ANNOTATION", "manual_annotation"),
    /** Labeled, "to be confirmed" (upload with {@code final_annotation=false}, auto-labeling). */
    AUTO_ANNOTATION("AUTO_ANNOTATION", "auto_annotation");

    private final String wire;
    private final String statsKey;

    SampleState(String wire, String statsKey) {
        this.wire = wire;
        this.statsKey = statsKey;
    }

    /** The {@code sample_status} value in responses. */
    public String wire() {
        return wire;
    }

    /** The key in {@code sample_stats}. */
    public String statsKey() {
        return statsKey;
    }

    /** The state a filter value names, or empty when it names none of these. */
    public static Optional<SampleState> parse(String value) {
        String v = value.strip();
        if (v.startsWith("__") && v.endsWith("__") && v.length() > 4) {
            v = v.substring(2, v.length() - 2);
        }
        v = v.toUpperCase(Locale.ROOT);
        for (SampleState state : values()) {
            if (state.name().equals(v) || state.wire.equals(v)) {
                return Optional.of(state);
            }
        }
        return Optional.empty();
    }
}
