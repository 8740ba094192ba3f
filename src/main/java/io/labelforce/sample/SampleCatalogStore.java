package io.labelforce.sample;

import io.labelforce.storage.ObjectStorage;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** {@link SampleCatalog} on the sample table, with {@link SampleQueryParser} reading the conditions. */
@Component
class SampleCatalogStore implements SampleCatalog {

    private final SampleQueryParser parser;
    private final SampleStore store;
    private final ObjectStorage storage;
    private final JdbcTemplate jdbc;

    SampleCatalogStore(SampleQueryParser parser, SampleStore store, ObjectStorage storage, JdbcTemplate jdbc) {
        this.parser = parser;
        this.store = store;
        this.storage = storage;
        this.jdbc = jdbc;
    }

    @Override
    public Selection select(String projectId, String datasetId, @Nullable String sampleConditions) {
        String conditions = sampleConditions == null || sampleConditions.isBlank() ? null : sampleConditions;
        SampleFilter filter = parser.filter(
                projectId, datasetId, new SampleQueryParser.Params(null, null, null, null, null, null, conditions));
        SampleFilter.Sql where = filter.toSql();
        return new Selection("select x.id, x.create_time from sample x where " + where.clause(), where.args());
    }

    @Override
    public long samplesEverAdded(String projectId, String datasetId) {
        Long n = jdbc.queryForObject(
                "select coalesce(sum(samples), 0) from sample_count where project_id = ? and dataset_id = ?",
                Long.class,
                projectId,
                datasetId);
        return n == null ? 0 : n;
    }

    @Override
    public Map<String, SampleInfo> describe(String projectId, String datasetId, Collection<String> sampleIds) {
        Map<String, SampleInfo> result = new LinkedHashMap<>();
        if (sampleIds.isEmpty()) {
            return result;
        }
        for (SampleRow row : store.findAll(projectId, datasetId, sampleIds)) {
            SampleResponses.SampleView view = SampleResponses.SampleView.of(
                    row, storage.presignGet(row.object()).toString());
            result.put(
                    row.id(),
                    new SampleInfo(
                            view.sampleId(),
                            view.sampleName(),
                            view.sampleDir(),
                            view.sampleType(),
                            view.sampleTime(),
                            view.sampleSize(),
                            view.source(),
                            view.metadata(),
                            view.sampleUsage()));
        }
        return result;
    }

    @Override
    public int writeLabels(
            String projectId,
            String datasetId,
            Map<String, String> labelsJson,
            String annotatedBy,
            java.time.Instant now) {
        if (labelsJson.isEmpty()) {
            return 0;
        }
        List<String> ids = new ArrayList<>(labelsJson.keySet());
        List<String> labels = ids.stream().map(labelsJson::get).toList();
        return jdbc.update(
                """
                update sample s set labels = l.labels::jsonb,
                    label_names = coalesce((select array_agg(distinct e->>'name') from jsonb_array_elements(l.labels::jsonb) e), '{}'),
                    sample_state = case when jsonb_array_length(l.labels::jsonb) = 0 then 'NONE' else 'ALL' end,
                    annotated_by = ?, update_time = ?
                from unnest(?::varchar[], ?::text[]) as l(id, labels)
                where s.project_id = ? and s.dataset_id = ? and s.id = l.id
                """,
                annotatedBy,
                java.sql.Timestamp.from(now),
                ids.toArray(String[]::new),
                labels.toArray(String[]::new),
                projectId,
                datasetId);
    }
}
