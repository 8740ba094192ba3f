package io.labelforce.labeling;

import java.util.Map;
import org.jspecify.annotations.Nullable;

/** The acceptance report (GetWorkforceSamplingTask): CheckTaskStats. */
final class AcceptanceViews {

    private AcceptanceViews() {}

    record Report(CheckTaskStats checkingStats, CheckTaskStats totalStats) {}

    /**
     * @param score the mean verdict as a letter: A (≥ 3.5), B (≥ 2.5), C (≥ 1.5), D, and E without scored verdicts
     * @param totalScore the sum of the verdicts' scores, A..D as 4..1
     */
    record CheckTaskStats(
            String taskId,
            @Nullable Double samplingRate,
            @Nullable Integer samplingNum,
            long totalSampleCount,
            long sampledSampleCount,
            long checkedSampleCount,
            long uncheckedSampleCount,
            long acceptedSampleCount,
            long rejectedSampleCount,
            double passRate,
            String score,
            long totalScore) {

        static CheckTaskStats of(
                String taskId, AcceptanceStore.Acceptance acceptance, long total, Map<String, Object> figures) {
            long sampled = number(figures, "sampled");
            long checked = number(figures, "checked");
            long accepted = number(figures, "accepted");
            long scoreSum = number(figures, "score_sum");
            long scored = number(figures, "scored");
            return new CheckTaskStats(
                    taskId,
                    acceptance.samplingRate(),
                    acceptance.samplingNum(),
                    total,
                    sampled,
                    checked,
                    sampled - checked,
                    accepted,
                    number(figures, "rejected"),
                    checked == 0 ? 0 : (double) accepted / checked,
                    letter(scored == 0 ? 0 : (double) scoreSum / scored),
                    scoreSum);
        }

        private static long number(Map<String, Object> figures, String key) {
            return figures.get(key) instanceof Number n ? n.longValue() : 0;
        }

        private static String letter(double mean) {
            if (mean >= 3.5) {
                return "A";
            }
            if (mean >= 2.5) {
                return "B";
            }
            if (mean >= 1.5) {
                return "C";
            }
            return mean >= 1 ? "D" : "E";
        }
    }
}
