package io.labelforce.sample;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * What the labeling module needs of a dataset's samples: which samples a task covers (its {@code sample_conditions}
 * read like ListSamples' {@code search_conditions}), and how a sample looks in a member's view.
 */
public interface SampleCatalog {

    /**
     * A sub-select of the samples of the dataset that match {@code sampleConditions} (all when null or blank): columns
     * {@code id} and {@code create_time} of the {@code sample} table, to be embedded in a set-based statement with its
     * arguments bound in order. 400 when the conditions cannot be read.
     */
    Selection select(String projectId, String datasetId, @Nullable String sampleConditions);

    /** The samples among {@code sampleIds}, with presigned {@code source} URLs (503 without storage). */
    Map<String, SampleInfo> describe(String projectId, String datasetId, Collection<String> sampleIds);

    /**
     * Writes labels to the dataset's samples in one statement (a labeled sample becomes final, {@code ALL}); the
     * state counters follow through the table's triggers.
     *
     * @param labelsJson sample id → its labels as the JSON array of SampleLabel objects
     * @return the number of samples written
     */
    int writeLabels(
            String projectId,
            String datasetId,
            Map<String, String> labelsJson,
            String annotatedBy,
            java.time.Instant now);

    /**
     * How many samples the dataset has ever had (existing plus deleted), from the state counters in one query: it
     * only grows, so a change says that samples were added since it was last read.
     */
    long samplesEverAdded(String projectId, String datasetId);

    /** A sub-select and its arguments. */
    record Selection(String sql, List<Object> args) {}

    /** A sample as DescribeSampleResp shows it, without its labels. */
    record SampleInfo(
            String sampleId,
            String sampleName,
            String sampleDir,
            int sampleType,
            long sampleTime,
            long sampleSize,
            @Nullable String source,
            Map<String, Object> metadata,
            @Nullable String sampleUsage) {}
}
