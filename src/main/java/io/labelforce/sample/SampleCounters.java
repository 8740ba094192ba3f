package io.labelforce.sample;

import io.labelforce.dataset.DatasetSampleCounts;
import io.labelforce.dataset.LabelCount;
import io.labelforce.dataset.SampleCounts;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads the {@code sample_count} counters (kept by the table's triggers in the writing transaction): one indexed
 * query for any number of datasets, whatever their size.
 */
@Component
@Transactional(readOnly = true)
class SampleCounters implements DatasetSampleCounts {

    static final String DELETED = "DELETED";

    private final JdbcTemplate jdbc;

    SampleCounters(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Samples per state of one dataset, and the deleted ones. */
    record Counts(Map<SampleState, Long> byState, long deleted) {

        long total() {
            return byState.values().stream().mapToLong(Long::longValue).sum();
        }

        long of(SampleState state) {
            return byState.getOrDefault(state, 0L);
        }

        SampleCounts toSampleCounts() {
            return new SampleCounts(total(), of(SampleState.ALL), of(SampleState.AUTO_ANNOTATION), deleted);
        }
    }

    Counts of(String projectId, String datasetId) {
        return many(projectId, List.of(datasetId)).getOrDefault(datasetId, new Counts(Map.of(), 0));
    }

    @Override
    public Map<String, SampleCounts> sampleCounts(String projectId, Collection<String> datasetIds) {
        Map<String, SampleCounts> out = new HashMap<>();
        many(projectId, datasetIds).forEach((id, counts) -> out.put(id, counts.toSampleCounts()));
        return out;
    }

    /** Label usage summed over the sample states: one indexed read of the maintained label counters. */
    @Override
    public Map<String, LabelCount> labelCounts(String projectId, String datasetId) {
        return labelCounts(projectId, datasetId, null);
    }

    /** Label usage of the samples in {@code state} (every state when null), from {@code sample_label_count}. */
    Map<String, LabelCount> labelCounts(String projectId, String datasetId, @Nullable SampleState state) {
        Map<String, LabelCount> out = new java.util.LinkedHashMap<>();
        jdbc.query(
                "select label_name, sum(labels), sum(samples) from sample_label_count"
                        + " where project_id = ? and dataset_id = ? and (?::text is null or sample_state = ?)"
                        + " group by label_name having sum(labels) > 0 order by label_name",
                rs -> {
                    out.put(rs.getString(1), new LabelCount(rs.getLong(2), rs.getLong(3)));
                },
                projectId,
                datasetId,
                state == null ? null : state.name(),
                state == null ? null : state.name());
        return out;
    }

    private Map<String, Counts> many(String projectId, Collection<String> datasetIds) {
        Map<String, Map<SampleState, Long>> states = new HashMap<>();
        Map<String, Long> deleted = new HashMap<>();
        jdbc.query(
                "select dataset_id, sample_state, samples from sample_count"
                        + " where project_id = ? and dataset_id = any(?)",
                rs -> {
                    String dataset = rs.getString(1);
                    String state = rs.getString(2);
                    long n = rs.getLong(3);
                    if (DELETED.equals(state)) {
                        deleted.put(dataset, n);
                    } else {
                        states.computeIfAbsent(dataset, k -> new EnumMap<>(SampleState.class))
                                .put(SampleState.valueOf(state), n);
                    }
                },
                projectId,
                datasetIds.toArray(String[]::new));
        Map<String, Counts> out = new HashMap<>();
        for (String id : datasetIds) {
            if (states.containsKey(id) || deleted.containsKey(id)) {
                out.put(id, new Counts(states.getOrDefault(id, Map.of()), deleted.getOrDefault(id, 0L)));
            }
        }
        return out;
    }
}
