package io.labelforce.sample;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * Label renames and deletions on the stored samples: ONE set-based statement per call whatever the number of
 * samples or labels (the {@code sample_count} triggers move the counters in the same statement).
 */
@Repository
class LabelStore {

    private final JdbcTemplate jdbc;

    LabelStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Renames labels in {@code labels} and {@code label_names} of every sample that carries one of them. */
    int rename(String projectId, String datasetId, Map<String, String> renames, Instant now) {
        String[] from = renames.keySet().toArray(String[]::new);
        String[] to = renames.keySet().stream().map(renames::get).toArray(String[]::new);
        String mapping = "unnest(?::text[], ?::text[]) m(old_name, new_name)";
        return jdbc.update(
                "update sample s set labels = (select coalesce(jsonb_agg(case when m.new_name is null then t.e"
                        + " else jsonb_set(t.e, '{name}', to_jsonb(m.new_name)) end order by t.ord), '[]'::jsonb)"
                        + " from jsonb_array_elements(s.labels) with ordinality t(e, ord)"
                        + " left join " + mapping + " on m.old_name = t.e->>'name'),"
                        + " label_names = array(select distinct coalesce(m.new_name, n) from unnest(s.label_names) n"
                        + " left join " + mapping + " on m.old_name = n),"
                        + " update_time = ?"
                        + " where s.project_id = ? and s.dataset_id = ? and s.label_names && ?::text[]",
                ps -> {
                    ps.setArray(1, array(ps, from));
                    ps.setArray(2, array(ps, to));
                    ps.setArray(3, array(ps, from));
                    ps.setArray(4, array(ps, to));
                    ps.setTimestamp(5, Timestamp.from(now));
                    ps.setString(6, projectId);
                    ps.setString(7, datasetId);
                    ps.setArray(8, array(ps, from));
                });
    }

    /**
     * Removes the labels from every sample that carries one; a sample left without labels becomes {@code NONE}, or,
     * with {@code deleteSamples}, is deleted (its only labels were among these). One statement (two data-modifying
     * parts on disjoint rows).
     *
     * @return the deleted samples
     */
    List<SampleStore.Deleted> remove(
            String projectId, String datasetId, Collection<String> names, boolean deleteSamples, Instant now) {
        String[] gone = names.toArray(String[]::new);
        return jdbc.query(
                con -> {
                    PreparedStatement ps = con.prepareStatement("with gone as ("
                            + "delete from sample where project_id = ? and dataset_id = ? and ?"
                            + " and label_names && ?::text[] and label_names <@ ?::text[]"
                            + " returning id, bucket, object_key),"
                            + " kept as (update sample s set labels = (select coalesce(jsonb_agg(t.e order by t.ord),"
                            + " '[]'::jsonb) from jsonb_array_elements(s.labels) with ordinality t(e, ord)"
                            + " where not (t.e->>'name' = any(?::text[]))),"
                            + " label_names = array(select n from unnest(s.label_names) n where not (n = any(?::text[]))),"
                            + " sample_state = case when s.label_names <@ ?::text[] then 'NONE' else s.sample_state end,"
                            + " update_time = ?"
                            + " where s.project_id = ? and s.dataset_id = ? and s.label_names && ?::text[]"
                            + " and not (? and s.label_names <@ ?::text[]) returning 1)"
                            + " select id, bucket, object_key from gone");
                    ps.setString(1, projectId);
                    ps.setString(2, datasetId);
                    ps.setBoolean(3, deleteSamples);
                    ps.setArray(4, array(ps, gone));
                    ps.setArray(5, array(ps, gone));
                    ps.setArray(6, array(ps, gone));
                    ps.setArray(7, array(ps, gone));
                    ps.setArray(8, array(ps, gone));
                    ps.setTimestamp(9, Timestamp.from(now));
                    ps.setString(10, projectId);
                    ps.setString(11, datasetId);
                    ps.setArray(12, array(ps, gone));
                    ps.setBoolean(13, deleteSamples);
                    ps.setArray(14, array(ps, gone));
                    return ps;
                },
                (rs, n) -> new SampleStore.Deleted(rs.getString(1), rs.getString(2), rs.getString(3)));
    }

    private static java.sql.Array array(PreparedStatement ps, String[] values) throws SQLException {
        return ps.getConnection().createArrayOf("text", values);
    }
}
