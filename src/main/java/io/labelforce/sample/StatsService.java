package io.labelforce.sample;

import io.labelforce.dataset.DataSource;
import io.labelforce.dataset.DatasetDirectory;
import io.labelforce.dataset.Label;
import io.labelforce.dataset.LabelCount;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * ListSearch (41), ListStats (42) and GetDatasetMetrics (49). Every number comes from the maintained counters
 * ({@code sample_count}, {@code sample_label_count}): a fixed number of indexed reads whatever the dataset's size.
 */
@Service
@Transactional(readOnly = true)
class StatsService {

    /** At most this many labelers are offered by ListSearch. */
    static final int MAX_LABELERS = 1000;

    private final DatasetDirectory datasets;
    private final SampleCounters counters;
    private final JdbcTemplate jdbc;
    private final Clock clock;

    StatsService(DatasetDirectory datasets, SampleCounters counters, JdbcTemplate jdbc, Clock clock) {
        this.datasets = datasets;
        this.counters = counters;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    StatsResponses.SearchOptions searchOptions(String projectId, String datasetId) {
        DatasetDirectory.DatasetSummary dataset = dataset(projectId, datasetId);
        List<StatsResponses.LabelOption> labels = dataset.labels().stream()
                .map(l -> new StatsResponses.LabelOption(l.name(), l.type(), l.property()))
                .toList();
        return new StatsResponses.SearchOptions(labels, Map.of(), labelers(projectId, datasetId));
    }

    StatsResponses.DatasetStats stats(String projectId, String datasetId, @Nullable SampleState state) {
        DatasetDirectory.DatasetSummary dataset = dataset(projectId, datasetId);
        SampleCounters.Counts counts = counters.of(projectId, datasetId);
        Map<String, LabelCount> used = counters.labelCounts(projectId, datasetId, state);
        // the dataset's labels in their order, then names used on samples outside the label set (stored as given)
        Map<String, LabelCount> rest = new LinkedHashMap<>(used);
        List<StatsResponses.LabelStat> labelStats = new java.util.ArrayList<>();
        for (Label label : dataset.labels()) {
            LabelCount n = rest.getOrDefault(label.name(), LabelCount.NONE);
            rest.remove(label.name());
            labelStats.add(new StatsResponses.LabelStat(
                    label.name(), label.type(), label.property(), n.count(), n.sampleCount()));
        }
        rest.forEach((name, n) ->
                labelStats.add(new StatsResponses.LabelStat(name, null, null, n.count(), n.sampleCount())));
        long total = state == null ? counts.total() : counts.of(state);
        long none = state == null || state == SampleState.NONE ? counts.of(SampleState.NONE) : 0;
        long manual = state == null || state == SampleState.ALL ? counts.of(SampleState.ALL) : 0;
        long auto = state == null || state == SampleState.AUTO_ANNOTATION ? counts.of(SampleState.AUTO_ANNOTATION) : 0;
        StatsResponses.SampleStats sampleStats =
                new StatsResponses.SampleStats(none, total, total, counts.deleted(), manual, auto, total);
        List<DataSource> sources = dataset.dataSources();
        return new StatsResponses.DatasetStats(
                labelStats,
                sampleStats,
                new StatsResponses.KeySampleStats(total, total, 0),
                Map.of(),
                Map.of(),
                false,
                sources.isEmpty() ? null : sources.get(0).dataPath());
    }

    /**
     * The counters have no history: the series carry one point, the current value at the time of the call, when
     * that time lies in [start_time, end_time]; the auto-labeling counters stay empty (no auto-labeling tasks).
     */
    StatsResponses.Metrics metrics(String projectId, String datasetId, long startTime, long endTime) {
        dataset(projectId, datasetId);
        if (endTime < startTime) {
            throw SampleErrors.invalid("end_time: must not be before start_time");
        }
        long now = clock.millis();
        SampleCounters.Counts counts = counters.of(projectId, datasetId);
        Map<String, Map<String, Long>> series = new LinkedHashMap<>();
        boolean inRange = now >= startTime && now <= endTime;
        series.put("total", point(inRange, now, counts.total()));
        series.put("un_annotation", point(inRange, now, counts.of(SampleState.NONE)));
        series.put("manual_annotation", point(inRange, now, counts.of(SampleState.ALL)));
        series.put("auto_annotation", point(inRange, now, counts.of(SampleState.AUTO_ANNOTATION)));
        for (String counter : List.of("queuing", "unfinished", "success", "failed", "failed_user", "failed_system")) {
            series.put(counter, Map.of());
        }
        return new StatsResponses.Metrics(series);
    }

    private static Map<String, Long> point(boolean inRange, long at, long value) {
        return inRange ? Map.of(Long.toString(at), value) : Map.of();
    }

    /** Distinct labelers by a loose index scan over (project_id, dataset_id, annotated_by): one step per labeler. */
    private List<String> labelers(String projectId, String datasetId) {
        return jdbc.queryForList(
                "with recursive l (who) as ("
                        + " (select annotated_by from sample where project_id = ? and dataset_id = ?"
                        + " and annotated_by is not null order by annotated_by limit 1)"
                        + " union all"
                        + " select (select annotated_by from sample where project_id = ? and dataset_id = ?"
                        + " and annotated_by > l.who order by annotated_by limit 1) from l where l.who is not null)"
                        + " select who from l where who is not null limit ?",
                String.class,
                projectId,
                datasetId,
                projectId,
                datasetId,
                MAX_LABELERS);
    }

    private DatasetDirectory.DatasetSummary dataset(String projectId, String datasetId) {
        return datasets.find(projectId, datasetId).orElseThrow(() -> SampleErrors.datasetNotFound(datasetId));
    }
}
