package io.labelforce.sample;

import java.sql.Array;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * The sample table in plain SQL: batches are JDBC batches (one round trip), pages a deferred join. Every statement
 * is scoped by (project_id, dataset_id), the leading columns of every key and index.
 */
@Repository
class SampleStore {

    static final String COLUMNS = "s.id, s.project_id, s.dataset_id, s.name, s.sample_type, s.bucket, s.object_key,"
            + " s.size, s.sample_time, s.create_time, s.update_time, s.sample_state, s.labels, s.metadata,"
            + " s.sample_usage, s.annotated_by";

    private final JdbcTemplate jdbc;
    private final JsonMapper json;
    private final RowMapper<SampleRow> mapper = this::map;

    SampleStore(JdbcTemplate jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /** Inserts the rows in one batch; a row whose object already is a sample of the dataset is skipped (false). */
    boolean[] insert(List<SampleRow> rows) {
        int[][] counts = jdbc.batchUpdate(
                "insert into sample (id, project_id, dataset_id, name, sample_type, bucket, object_key, size,"
                        + " sample_time, create_time, update_time, sample_state, labels, label_names, metadata,"
                        + " sample_usage, annotated_by)"
                        + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?::jsonb, ?, ?::jsonb, ?, ?)"
                        + " on conflict (project_id, dataset_id, bucket, object_key) do nothing",
                rows,
                rows.size(),
                (ps, r) -> {
                    ps.setString(1, r.id());
                    ps.setString(2, r.projectId());
                    ps.setString(3, r.datasetId());
                    ps.setString(4, r.name());
                    ps.setInt(5, r.sampleType());
                    ps.setString(6, r.bucket());
                    ps.setString(7, r.objectKey());
                    ps.setLong(8, r.size());
                    ps.setTimestamp(9, Timestamp.from(r.sampleTime()));
                    ps.setTimestamp(10, Timestamp.from(r.createTime()));
                    ps.setTimestamp(11, Timestamp.from(r.updateTime()));
                    ps.setString(12, r.state().name());
                    ps.setString(13, json.writeValueAsString(r.labels()));
                    ps.setArray(14, textArray(ps, r.labelNames()));
                    ps.setString(15, json.writeValueAsString(r.metadata()));
                    ps.setString(16, r.sampleUsage());
                    ps.setString(17, r.annotatedBy());
                });
        boolean[] inserted = new boolean[rows.size()];
        int i = 0;
        for (int[] batch : counts) {
            for (int count : batch) {
                inserted[i++] = count != 0;
            }
        }
        return inserted;
    }

    /**
     * Inserts one import page as <b>one</b> multi-row statement ({@code insert … select from unnest(arrays)}), so a
     * page of any size costs one statement and fires the counter triggers once; objects that already are samples
     * of the dataset are skipped. Returns how many samples were inserted.
     */
    int insertImported(ImportedPage page) {
        return jdbc.update(con -> {
            PreparedStatement ps = con.prepareStatement("insert into sample (id, project_id, dataset_id, name,"
                    + " sample_type, bucket, object_key, size, sample_time, create_time, update_time, sample_state,"
                    + " labels, label_names, metadata)"
                    + " select t.id, ?, ?, t.name, ?, ?, t.object_key, t.size, t.sample_time, ?, ?, 'NONE', '[]',"
                    + " '{}', ?::jsonb from unnest(?::varchar[], ?::varchar[], ?::varchar[], ?::bigint[],"
                    + " ?::timestamptz[]) as t (id, name, object_key, size, sample_time)"
                    + " on conflict (project_id, dataset_id, bucket, object_key) do nothing");
            int n = page.keys().size();
            String[] ids = new String[n];
            String[] names = new String[n];
            String[] keys = new String[n];
            Long[] sizes = new Long[n];
            Timestamp[] times = new Timestamp[n];
            for (int i = 0; i < n; i++) {
                String key = page.keys().get(i);
                ids[i] = io.labelforce.common.Ids.hex32();
                names[i] = key.substring(key.lastIndexOf('/') + 1);
                keys[i] = key;
                sizes[i] = page.sizes().get(i);
                times[i] = Timestamp.from(page.times().get(i));
            }
            ps.setString(1, page.projectId());
            ps.setString(2, page.datasetId());
            ps.setInt(3, page.sampleType());
            ps.setString(4, page.bucket());
            ps.setTimestamp(5, Timestamp.from(page.now()));
            ps.setTimestamp(6, Timestamp.from(page.now()));
            ps.setString(7, json.writeValueAsString(page.metadata()));
            ps.setArray(8, con.createArrayOf("varchar", ids));
            ps.setArray(9, con.createArrayOf("varchar", names));
            ps.setArray(10, con.createArrayOf("varchar", keys));
            ps.setArray(11, con.createArrayOf("bigint", sizes));
            ps.setArray(12, con.createArrayOf("timestamptz", times));
            return ps;
        });
    }

    /** One page of listed objects to import: keys with their sizes and last-modified times, index by index. */
    record ImportedPage(
            String projectId,
            String datasetId,
            String bucket,
            int sampleType,
            List<String> keys,
            List<Long> sizes,
            List<java.time.Instant> times,
            Map<String, Object> metadata,
            java.time.Instant now) {}

    /** The object keys among {@code keys} that already are samples of the dataset (one query). */
    List<String> existingKeys(String projectId, String datasetId, String bucket, Collection<String> keys) {
        return jdbc.query(
                "select object_key from sample where project_id = ? and dataset_id = ? and bucket = ?"
                        + " and object_key = any(?)",
                (rs, n) -> rs.getString(1),
                projectId,
                datasetId,
                bucket,
                keys.toArray(String[]::new));
    }

    Optional<SampleRow> find(String projectId, String datasetId, String id) {
        return jdbc
                .query(
                        "select " + COLUMNS + " from sample s where s.project_id = ? and s.dataset_id = ? and s.id = ?",
                        mapper,
                        projectId,
                        datasetId,
                        id)
                .stream()
                .findFirst();
    }

    /** The samples among {@code ids} (one query). */
    List<SampleRow> findAll(String projectId, String datasetId, Collection<String> ids) {
        return jdbc.query(
                "select " + COLUMNS + " from sample s where s.project_id = ? and s.dataset_id = ? and s.id = any(?)",
                mapper,
                projectId,
                datasetId,
                ids.toArray(String[]::new));
    }

    /** One page: the ids are chosen on the index alone (deferred join), then only those rows are read. */
    List<SampleRow> page(SampleFilter filter, boolean descending, long offset, int limit) {
        SampleFilter.Sql where = filter.toSql();
        String direction = descending ? " desc" : " asc";
        String table = filter.table();
        String sql = "select " + COLUMNS + " from (select x.id, x.create_time from " + table + " x where "
                + where.clause() + " order by x.create_time" + direction + ", x.id" + direction + " offset ? limit ?) p"
                + " join " + table + " s on s.project_id = ? and s.dataset_id = ? and s.id = p.id"
                + (filter.versionId() == null ? "" : " and s.version_id = ?")
                + " order by p.create_time" + direction + ", p.id" + direction;
        List<Object> args = new ArrayList<>(where.args());
        args.add(offset);
        args.add(limit);
        args.add(filter.projectId());
        args.add(filter.datasetId());
        if (filter.versionId() != null) {
            args.add(filter.versionId());
        }
        return jdbc.query(sql, mapper, args.toArray());
    }

    long count(SampleFilter filter) {
        SampleFilter.Sql where = filter.toSql();
        Long n = jdbc.queryForObject(
                "select count(*) from " + filter.table() + " x where " + where.clause(),
                Long.class,
                where.args().toArray());
        return n == null ? 0 : n;
    }

    /**
     * Replaces labels (and metadata/usage when given) in one batch, recording {@code annotator} as {@code annotated_by}
     * of labeled samples (null for samples left without labels); false for ids that are not in the dataset. */
    boolean[] relabel(
            String projectId,
            String datasetId,
            List<Relabel> changes,
            @Nullable String annotator,
            java.time.Instant now) {
        int[][] counts = jdbc.batchUpdate(
                "update sample set labels = ?::jsonb, label_names = ?, sample_state = ?,"
                        + " metadata = coalesce(?::jsonb, metadata), sample_usage = coalesce(?, sample_usage),"
                        + " update_time = ?, annotated_by = ? where project_id = ? and dataset_id = ? and id = ?",
                changes,
                changes.size(),
                (ps, c) -> {
                    ps.setString(1, json.writeValueAsString(c.labels()));
                    ps.setArray(
                            2,
                            textArray(
                                    ps,
                                    c.labels().stream()
                                            .map(SampleLabel::name)
                                            .distinct()
                                            .toList()));
                    ps.setString(3, SampleRow.stateFor(c.labels(), true).name());
                    ps.setString(4, c.metadata() == null ? null : json.writeValueAsString(c.metadata()));
                    ps.setString(5, c.sampleUsage());
                    ps.setTimestamp(6, Timestamp.from(now));
                    ps.setString(7, c.labels().isEmpty() ? null : annotator);
                    ps.setString(8, projectId);
                    ps.setString(9, datasetId);
                    ps.setString(10, c.sampleId());
                });
        boolean[] updated = new boolean[changes.size()];
        int i = 0;
        for (int[] batch : counts) {
            for (int count : batch) {
                updated[i++] = count != 0;
            }
        }
        return updated;
    }

    /** Deletes the samples in one statement and returns the deleted rows' ids and objects. */
    List<Deleted> delete(String projectId, String datasetId, Collection<String> ids) {
        return jdbc.query(
                "delete from sample where project_id = ? and dataset_id = ? and id = any(?)"
                        + " returning id, bucket, object_key",
                (rs, n) -> new Deleted(rs.getString(1), rs.getString(2), rs.getString(3)),
                projectId,
                datasetId,
                ids.toArray(String[]::new));
    }

    record Relabel(
            String sampleId,
            List<SampleLabel> labels,
            @Nullable Map<String, Object> metadata,
            @Nullable String sampleUsage) {}

    record Deleted(String id, String bucket, String objectKey) {}

    private static Array textArray(PreparedStatement ps, List<String> values) throws SQLException {
        return ps.getConnection().createArrayOf("text", values.toArray());
    }

    private SampleRow map(ResultSet rs, int rowNum) throws SQLException {
        return new SampleRow(
                rs.getString("id"),
                rs.getString("project_id"),
                rs.getString("dataset_id"),
                rs.getString("name"),
                rs.getInt("sample_type"),
                rs.getString("bucket"),
                rs.getString("object_key"),
                rs.getLong("size"),
                rs.getTimestamp("sample_time").toInstant(),
                rs.getTimestamp("create_time").toInstant(),
                rs.getTimestamp("update_time").toInstant(),
                SampleState.valueOf(rs.getString("sample_state")),
                json.readValue(rs.getString("labels"), new TypeReference<List<SampleLabel>>() {}),
                json.readValue(rs.getString("metadata"), new TypeReference<Map<String, Object>>() {}),
                rs.getString("sample_usage"),
                rs.getString("annotated_by"));
    }
}
