package io.labelforce.task;

import java.util.Collection;
import java.util.Map;

/**
 * The figures of started tasks, for task and member-task views: implemented by the labeling module (which owns the
 * copies) from counters kept in the writing transaction, so a page of views costs a fixed number of queries.
 */
public interface TaskProgress {

    /** Task id → its figures, for those of {@code taskIds} that have any (tasks never started have none). */
    Map<String, Figures> figures(String projectId, Collection<String> taskIds);

    /**
     * Copies per state, and the verdicts' figures.
     *
     * @param passRate accepted / (accepted + rejected) over the copies' current verdicts (the owner's where there is
     *     one, else the reviewer's); 0 without verdicts
     * @param score the mean verdict score, A..D as 4..1; 0 without scores
     */
    record Counts(
            long total,
            long unannotated,
            long unreviewed,
            long uncheck,
            long sampled,
            long accepted,
            long rejected,
            double passRate,
            double score) {

        public static final Counts NONE = new Counts(0, 0, 0, 0, 0, 0, 0, 0, 0);
    }

    /**
     * @param task the task's copies (all members)
     * @param members member id → that member's copies
     * @param checkRate copies the owner gave a verdict in an acceptance / all copies; 0 without copies
     */
    record Figures(Counts task, Map<String, Counts> members, double checkRate) {}
}
