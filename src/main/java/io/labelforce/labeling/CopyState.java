package io.labelforce.labeling;

import java.util.Locale;
import java.util.Optional;

/**
 * The state of a member's copy of a sample in a team labeling task (the {@code sample_status} of the
 * DescribeSampleResp object of ModelArts API Reference › Data Management › Querying the Sample List of a Team
 * Labeling Task). Stored as the enum name; the wire shows {@link #wire()}; {@link #statsKey()} is its key in
 * {@code sample_stats}. The moves between states are {@link CopyMove}.
 */
enum CopyState {
    /** Assigned, not labeled yet. */
    NONE("UN_ANNOTATION", "un_annotation"),
    /** Labeled; waits for a reviewer of the labeler's team. */
    UNREVIEWED("UNREVIEWED", "unreviewed"),
    /** A reviewer or the acceptance rejected it: back with its labeler, to be labeled again. */
    REJECTED("REJECTED", "rejected"),
    /** Approved by a reviewer (or labeled in a team without reviewers): waits for the owner's acceptance. */
    UNCHECK("UNCHECK", "uncheck"),
    /** Sampled by the running acceptance, no verdict yet. */
    SAMPLED("WORKFORCE_SAMPLED_UNCHECK", "sampled"),
    /** Sampled, and the owner accepted it. */
    SAMPLED_ACCEPTED("WORKFORCE_SAMPLED_ACCEPTED", "sampled"),
    /** Sampled, and the owner rejected it. */
    SAMPLED_REJECTED("WORKFORCE_SAMPLED_REJECTED", "sampled"),
    /** The acceptance passed it: final. */
    ACCEPTED("ACCEPTED", "accepted");

    private final String wire;
    private final String statsKey;

    CopyState(String wire, String statsKey) {
        this.wire = wire;
        this.statsKey = statsKey;
    }

    String wire() {
        return wire;
    }

    String statsKey() {
        return statsKey;
    }

    /**
     * The state a {@code sample_state} filter names: the enum name or its wire spelling, in any case, also
     * wrapped in {@code __…__} (the reference's example queries {@code __unreviewed__}); {@code NONE} names
     * {@link #NONE}.
     */
    static Optional<CopyState> parse(String value) {
        String v = value.strip();
        if (v.startsWith("__") && v.endsWith("__") && v.length() > 4) {
            v = v.substring(2, v.length() - 2);
        }
        v = v.toUpperCase(Locale.ROOT);
        for (CopyState state : values()) {
            if (state.name().equals(v) || state.wire.equals(v)) {
                return Optional.of(state);
            }
        }
        return Optional.empty();
    }
}
