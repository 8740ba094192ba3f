package io.labelforce.sample;

import io.labelforce.dataset.DatasetVersions;
import io.labelforce.dataset.Label;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** The version tables in plain SQL; every statement is scoped by (project_id, dataset_id). */
@Repository
class VersionStore implements DatasetVersions {

    private static final String COLUMNS = "id, name, description, status, previous_version_id, is_current,"
            + " version_format, train_evaluate_sample_ratio, options, task_type, total_sample_count,"
            + " annotated_sample_count, label_stats, manifest_bucket, manifest_key, create_time, update_time";

    private final JdbcTemplate jdbc;
    private final JsonMapper json;

    VersionStore(JdbcTemplate jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    boolean exists(String projectId, String datasetId, String versionId) {
        return Boolean.TRUE.equals(jdbc.queryForObject(
                "select exists (select 1 from dataset_version where project_id = ? and dataset_id = ? and id = ?)",
                Boolean.class,
                projectId,
                datasetId,
                versionId));
    }

    Optional<List<Label>> labels(String projectId, String datasetId, String versionId) {
        return jdbc
                .query(
                        "select labels from dataset_version where project_id = ? and dataset_id = ? and id = ?",
                        (rs, n) -> json.readValue(rs.getString(1), new TypeReference<List<Label>>() {}),
                        projectId,
                        datasetId,
                        versionId)
                .stream()
                .findFirst();
    }

    /** Copies every sample of the dataset into the version's snapshot (one statement). */
    int snapshot(String projectId, String datasetId, String versionId) {
        return jdbc.update(
                "insert into dataset_version_sample (project_id, dataset_id, version_id, id, name, sample_type,"
                        + " bucket, object_key, size, sample_time, create_time, update_time, sample_state, labels,"
                        + " label_names, metadata, sample_usage, annotated_by)"
                        + " select project_id, dataset_id, ?, id, name, sample_type, bucket, object_key, size,"
                        + " sample_time, create_time, update_time, sample_state, labels, label_names, metadata,"
                        + " sample_usage, annotated_by from sample where project_id = ? and dataset_id = ?",
                versionId,
                projectId,
                datasetId);
    }

    record Totals(long total, long annotated, boolean single, List<Map<String, Object>> labelStats) {}

    /** Counts and per-label statistics of a snapshot (two aggregates). */
    Totals totals(String projectId, String datasetId, String versionId) {
        Totals base = jdbc.queryForObject(
                "select count(*), count(*) filter (where sample_state = 'ALL'),"
                        + " coalesce(bool_and(jsonb_array_length(labels) <= 1), true) from dataset_version_sample"
                        + " where project_id = ? and dataset_id = ? and version_id = ?",
                (rs, n) -> new Totals(rs.getLong(1), rs.getLong(2), rs.getBoolean(3), List.of()),
                projectId,
                datasetId,
                versionId);
        List<Map<String, Object>> stats = jdbc.query(
                "select e->>'name', count(*), count(distinct v.id) from dataset_version_sample v,"
                        + " jsonb_array_elements(v.labels) e where v.project_id = ? and v.dataset_id = ?"
                        + " and v.version_id = ? group by 1 order by 1",
                (rs, n) -> Map.<String, Object>of(
                        "name", rs.getString(1), "count", rs.getLong(2), "sample_count", rs.getLong(3)),
                projectId,
                datasetId,
                versionId);
        return new Totals(
                base == null ? 0 : base.total(),
                base == null ? 0 : base.annotated(),
                base == null || base.single(),
                stats);
    }

    /** Streams the snapshot's samples in id order: one manifest line each. */
    void eachSample(String projectId, String datasetId, String versionId, Consumer<ManifestLine> line) {
        jdbc.query(
                "select id, bucket, object_key, labels from dataset_version_sample"
                        + " where project_id = ? and dataset_id = ? and version_id = ? order by id",
                rs -> {
                    line.accept(new ManifestLine(
                            rs.getString(1),
                            rs.getString(2),
                            rs.getString(3),
                            json.readValue(rs.getString(4), new TypeReference<List<SampleLabel>>() {})));
                },
                projectId,
                datasetId,
                versionId);
    }

    /** One line of a manifest (JSON Lines). */
    record ManifestLine(String sampleId, String bucket, String objectKey, List<SampleLabel> labels) {}

    /** Inserts the version row and makes it the dataset's current version. */
    void insert(VersionRow v, List<Label> labels) {
        jdbc.update(
                "update dataset_version set is_current = false where project_id = ? and dataset_id = ? and is_current",
                v.projectId(),
                v.datasetId());
        jdbc.update(
                "insert into dataset_version (project_id, dataset_id, id, name, description, status,"
                        + " previous_version_id, is_current, version_format, train_evaluate_sample_ratio, options,"
                        + " task_type, total_sample_count, annotated_sample_count, label_stats, labels,"
                        + " manifest_bucket, manifest_key, release_minute, create_time, update_time)"
                        + " values (?, ?, ?, ?, ?, ?, ?, true, ?, ?, ?::jsonb, ?, ?, ?, ?::jsonb, ?::jsonb, ?, ?, ?, ?, ?)",
                v.projectId(),
                v.datasetId(),
                v.id(),
                v.name(),
                v.description(),
                v.status(),
                v.previousVersionId(),
                v.versionFormat(),
                v.trainEvaluateSampleRatio(),
                json.writeValueAsString(v.options()),
                v.taskType(),
                v.totalSampleCount(),
                v.annotatedSampleCount(),
                json.writeValueAsString(v.labelStats()),
                json.writeValueAsString(labels),
                v.manifestBucket(),
                v.manifestKey(),
                v.createTime().getEpochSecond() / 60,
                Timestamp.from(v.createTime()),
                Timestamp.from(v.createTime()));
    }

    /** The newest version (the parent of the next one), if any. */
    Optional<String> newest(String projectId, String datasetId) {
        return jdbc
                .queryForList(
                        "select id from dataset_version where project_id = ? and dataset_id = ?"
                                + " order by create_time desc, id desc limit 1",
                        String.class,
                        projectId,
                        datasetId)
                .stream()
                .findFirst();
    }

    boolean nameExists(String projectId, String datasetId, String name) {
        return Boolean.TRUE.equals(jdbc.queryForObject(
                "select exists (select 1 from dataset_version where project_id = ? and dataset_id = ? and name = ?)",
                Boolean.class,
                projectId,
                datasetId,
                name));
    }

    boolean releasedInMinute(String projectId, String datasetId, long minute) {
        return Boolean.TRUE.equals(jdbc.queryForObject(
                "select exists (select 1 from dataset_version where project_id = ? and dataset_id = ?"
                        + " and release_minute = ?)",
                Boolean.class,
                projectId,
                datasetId,
                minute));
    }

    List<VersionRow> page(
            String projectId,
            String datasetId,
            @Nullable Integer status,
            @Nullable String format,
            long offset,
            int limit) {
        return jdbc.query(
                "select " + COLUMNS + ", project_id, dataset_id from dataset_version where project_id = ?"
                        + " and dataset_id = ? and (?::int is null or status = ?::int)"
                        + " and (?::text is null or version_format = ?::text)"
                        + " order by create_time desc, id desc offset ? limit ?",
                this::map,
                projectId,
                datasetId,
                status,
                status,
                format,
                format,
                offset,
                limit);
    }

    long count(String projectId, String datasetId, @Nullable Integer status, @Nullable String format) {
        Long n = jdbc.queryForObject(
                "select count(*) from dataset_version where project_id = ? and dataset_id = ?"
                        + " and (?::int is null or status = ?::int) and (?::text is null or version_format = ?::text)",
                Long.class,
                projectId,
                datasetId,
                status,
                status,
                format,
                format);
        return n == null ? 0 : n;
    }

    Optional<VersionRow> find(String projectId, String datasetId, String versionId) {
        return jdbc
                .query(
                        "select " + COLUMNS + ", project_id, dataset_id from dataset_version"
                                + " where project_id = ? and dataset_id = ? and id = ?",
                        this::map,
                        projectId,
                        datasetId,
                        versionId)
                .stream()
                .findFirst();
    }

    /** Deletes the version and its snapshot (cascade). */
    boolean delete(String projectId, String datasetId, String versionId) {
        return jdbc.update(
                        "delete from dataset_version where project_id = ? and dataset_id = ? and id = ?",
                        projectId,
                        datasetId,
                        versionId)
                > 0;
    }

    @Override
    @Transactional(readOnly = true)
    public Map<String, VersionSummary> summaries(String projectId, Collection<String> datasetIds) {
        Map<String, VersionSummary> out = new HashMap<>();
        jdbc.query(
                "select dataset_id, count(*), max(id) filter (where is_current), max(name) filter (where is_current),"
                        + " coalesce(max(substring(name from '^V([0-9]{1,9})$')::int), 0) + 1"
                        + " from dataset_version where project_id = ? and dataset_id = any(?) group by dataset_id",
                rs -> {
                    out.put(
                            rs.getString(1),
                            new VersionSummary(rs.getString(3), rs.getString(4), rs.getLong(2), rs.getInt(5)));
                },
                projectId,
                datasetIds.toArray(String[]::new));
        return out;
    }

    @Override
    @Transactional
    public boolean makeCurrent(String projectId, String datasetId, String versionId) {
        if (!exists(projectId, datasetId, versionId)) {
            return false;
        }
        jdbc.update(
                "update dataset_version set is_current = (id = ?) where project_id = ? and dataset_id = ?"
                        + " and (is_current or id = ?)",
                versionId,
                projectId,
                datasetId,
                versionId);
        return true;
    }

    private VersionRow map(ResultSet rs, int rowNum) throws SQLException {
        return new VersionRow(
                rs.getString("project_id"),
                rs.getString("dataset_id"),
                rs.getString("id"),
                rs.getString("name"),
                rs.getString("description"),
                rs.getInt("status"),
                rs.getString("previous_version_id"),
                rs.getBoolean("is_current"),
                rs.getString("version_format"),
                rs.getString("train_evaluate_sample_ratio"),
                json.readValue(rs.getString("options"), new TypeReference<Map<String, Boolean>>() {}),
                rs.getInt("task_type"),
                rs.getLong("total_sample_count"),
                rs.getLong("annotated_sample_count"),
                json.readValue(rs.getString("label_stats"), new TypeReference<List<Map<String, Object>>>() {}),
                rs.getString("manifest_bucket"),
                rs.getString("manifest_key"),
                rs.getTimestamp("create_time").toInstant());
    }
}
