package io.labelforce.dataset;

/**
 * A dataset's sample counters, computed from the stored samples.
 *
 * @param total samples that are not deleted
 * @param annotated labeled samples (not {@code NONE}, not awaiting auto-label confirmation)
 * @param unconfirmed auto-labeled samples awaiting confirmation
 * @param deleted deleted samples
 */
public record SampleCounts(long total, long annotated, long unconfirmed, long deleted) {

    public static final SampleCounts NONE = new SampleCounts(0, 0, 0, 0);
}
