package io.labelforce.sample;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** Bodies of ListSearch (41), ListStats (42) and GetDatasetMetrics (49). */
final class StatsResponses {

    private StatsResponses() {}

    /** A label of the dataset as SearchOptions and LabelStats show it. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record LabelOption(
            String name, @Nullable Integer type, @Nullable Map<String, String> property) {}

    /** ListSearch (41): the values a UI offers for {@code search_conditions}. */
    record SearchOptions(List<LabelOption> labels, Map<String, Object> metadata, List<String> labelers) {}

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record LabelStat(
            String name,
            @Nullable Integer type,
            @Nullable Map<String, String> property,
            long count,
            long sampleCount) {}

    /** Dataset-level sample_stats; {@code all} and {@code total} are the samples present, {@code lefted} likewise. */
    record SampleStats(
            long unAnnotation,
            long all,
            long total,
            long deleted,
            long manualAnnotation,
            long autoAnnotation,
            long lefted) {}

    /** Video key frames do not exist here: every sample is a non-key sample. */
    record KeySampleStats(long total, long nonKeySample, long keySample) {}

    /** ListStats (42). */
    record DatasetStats(
            List<LabelStat> labelStats,
            SampleStats sampleStats,
            KeySampleStats keySampleStats,
            Map<String, Object> deletionStats,
            Map<String, Object> metadataStats,
            boolean dataSplitingEnable,
            @Nullable String dataPath) {}

    /** GetDatasetMetrics (49): one time series (epoch ms to value) per counter. */
    record Metrics(Map<String, Map<String, Long>> metrics) {}
}
