package io.labelforce.labeling;

import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * The moves of a copy's state: the one table of allowed transitions (rendered into docs/workflow.md and checked
 * against it by {@code WorkflowDocTests}). Every write of copies is a set-based statement whose
 * {@code where state = any(…)} is {@link #fromNames()} and whose new state is {@link #to()}, so a copy in any
 * other state is left alone and reported per item (or the whole call refused with 409).
 */
enum CopyMove {
    /** UpdateWorkforceTaskSamples by a labeler of a team with reviewers. */
    LABEL_FOR_REVIEW(CopyState.UNREVIEWED, CopyState.NONE, CopyState.UNREVIEWED, CopyState.REJECTED),
    /** UpdateWorkforceTaskSamples by a labeler of a team without reviewers (decision W24). */
    LABEL_WITHOUT_REVIEW(CopyState.UNCHECK, CopyState.NONE, CopyState.REJECTED, CopyState.UNCHECK),
    /** ReviewSamples, {@code accept: true}. */
    REVIEW_ACCEPT(CopyState.UNCHECK, CopyState.UNREVIEWED),
    /** ReviewSamples, {@code accept: false}: back to the labeler (decision W23). */
    REVIEW_REJECT(CopyState.REJECTED, CopyState.UNREVIEWED),
    /** CreateWorkforceSamplingTask picks the copy. */
    SAMPLE(CopyState.SAMPLED, CopyState.UNCHECK),
    /** AcceptSamples, {@code accept: true} (a later verdict replaces an earlier one). */
    CHECK_ACCEPT(CopyState.SAMPLED_ACCEPTED, CopyState.SAMPLED, CopyState.SAMPLED_ACCEPTED, CopyState.SAMPLED_REJECTED),
    /** AcceptSamples, {@code accept: false}. */
    CHECK_REJECT(CopyState.SAMPLED_REJECTED, CopyState.SAMPLED, CopyState.SAMPLED_ACCEPTED, CopyState.SAMPLED_REJECTED),
    /** UpdateWorkforceSamplingTask action 2: the sample goes back. */
    CANCEL_SAMPLE(CopyState.UNCHECK, CopyState.SAMPLED, CopyState.SAMPLED_ACCEPTED, CopyState.SAMPLED_REJECTED),
    /** An acceptance passes the copy (actions 0, 4, 5 for the copies they pass). */
    PASS(
            CopyState.ACCEPTED,
            CopyState.UNCHECK,
            CopyState.SAMPLED,
            CopyState.SAMPLED_ACCEPTED,
            CopyState.SAMPLED_REJECTED),
    /** An acceptance rejects the copy (action 1, and the copies 4 and 5 do not pass): back to its labeler. */
    FAIL(
            CopyState.REJECTED,
            CopyState.UNCHECK,
            CopyState.SAMPLED,
            CopyState.SAMPLED_ACCEPTED,
            CopyState.SAMPLED_REJECTED);

    private final CopyState to;
    private final Set<CopyState> from;

    CopyMove(CopyState to, CopyState first, CopyState... rest) {
        this.to = to;
        this.from = Collections.unmodifiableSet(EnumSet.of(first, rest));
    }

    CopyState to() {
        return to;
    }

    Set<CopyState> from() {
        return from;
    }

    /** From-state → to-state, for the documentation and its test. */
    Map<CopyState, CopyState> targets() {
        Map<CopyState, CopyState> targets = new EnumMap<>(CopyState.class);
        from.forEach(state -> targets.put(state, to));
        return targets;
    }

    /** The from-states as the column stores them, for {@code state = any(?)}. */
    String[] fromNames() {
        return from.stream().map(Enum::name).toArray(String[]::new);
    }

    /** Whether a copy in {@code state} may take this move. */
    boolean allowedFrom(CopyState state) {
        return from.contains(state);
    }
}
