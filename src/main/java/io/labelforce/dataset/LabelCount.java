package io.labelforce.dataset;

/**
 * How often a label is used in a dataset (the {@code count} and {@code sample_count} of LabelStats).
 *
 * @param count label occurrences (a sample may carry a label more than once, e.g. two boxes)
 * @param sampleCount samples that carry the label at least once
 */
public record LabelCount(long count, long sampleCount) {

    public static final LabelCount NONE = new LabelCount(0, 0);
}
