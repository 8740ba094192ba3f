package io.labelforce.sample;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** The {@code sample_import_task} table; every statement is scoped by (project_id, dataset_id). */
@Repository
class ImportTaskStore {

    record Task(
            String projectId,
            String datasetId,
            String id,
            String kind,
            String importPath,
            String bucket,
            String prefix,
            boolean finalAnnotation,
            String status,
            @Nullable String lastKey,
            long totalFileCount,
            long totalFileSize,
            long importedSampleCount,
            @Nullable String errorCode,
            @Nullable String errorMsg,
            Instant createTime,
            Instant updateTime) {}

    private static final String COLUMNS = "project_id, dataset_id, id, kind, import_path, bucket, prefix,"
            + " final_annotation, status, last_key, total_file_count, total_file_size, imported_sample_count,"
            + " error_code, error_msg, create_time, update_time";

    private final JdbcTemplate jdbc;

    ImportTaskStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    void insert(Task t) {
        jdbc.update(
                "insert into sample_import_task (" + COLUMNS + ")"
                        + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, null, 0, 0, 0, null, null, ?, ?)",
                t.projectId(),
                t.datasetId(),
                t.id(),
                t.kind(),
                t.importPath(),
                t.bucket(),
                t.prefix(),
                t.finalAnnotation(),
                t.status(),
                Timestamp.from(t.createTime()),
                Timestamp.from(t.updateTime()));
    }

    Optional<Task> find(String projectId, String datasetId, String id) {
        return jdbc
                .query(
                        "select " + COLUMNS + " from sample_import_task"
                                + " where project_id = ? and dataset_id = ? and id = ?",
                        ImportTaskStore::map,
                        projectId,
                        datasetId,
                        id)
                .stream()
                .findFirst();
    }

    /** The newest task of a kind (the sync status). */
    Optional<Task> latest(String projectId, String datasetId, String kind) {
        return jdbc
                .query(
                        "select " + COLUMNS + " from sample_import_task where project_id = ? and dataset_id = ?"
                                + " and kind = ? order by create_time desc, id desc limit 1",
                        ImportTaskStore::map,
                        projectId,
                        datasetId,
                        kind)
                .stream()
                .findFirst();
    }

    List<Task> page(String projectId, String datasetId, long skip, int limit) {
        return jdbc.query(
                "select " + COLUMNS + " from sample_import_task where project_id = ? and dataset_id = ?"
                        + " order by create_time desc, id desc offset ? limit ?",
                ImportTaskStore::map,
                projectId,
                datasetId,
                skip,
                limit);
    }

    long count(String projectId, String datasetId) {
        Long n = jdbc.queryForObject(
                "select count(*) from sample_import_task where project_id = ? and dataset_id = ?",
                Long.class,
                projectId,
                datasetId);
        return n == null ? 0 : n;
    }

    /** Records one committed page: the cursor moves on with the counts, in the page's transaction. */
    void progress(Task t, String lastKey, long files, long bytes, long imported, Instant now) {
        jdbc.update(
                "update sample_import_task set status = 'RUNNING', last_key = ?,"
                        + " total_file_count = total_file_count + ?, total_file_size = total_file_size + ?,"
                        + " imported_sample_count = imported_sample_count + ?, update_time = ?"
                        + " where project_id = ? and dataset_id = ? and id = ?",
                lastKey,
                files,
                bytes,
                imported,
                Timestamp.from(now),
                t.projectId(),
                t.datasetId(),
                t.id());
    }

    void finish(Task t, String status, @Nullable String errorCode, @Nullable String errorMsg, Instant now) {
        jdbc.update(
                "update sample_import_task set status = ?, error_code = ?, error_msg = ?, update_time = ?"
                        + " where project_id = ? and dataset_id = ? and id = ?",
                status,
                errorCode,
                errorMsg,
                Timestamp.from(now),
                t.projectId(),
                t.datasetId(),
                t.id());
    }

    private static Task map(ResultSet rs, int row) throws SQLException {
        return new Task(
                rs.getString(1),
                rs.getString(2),
                rs.getString(3),
                rs.getString(4),
                rs.getString(5),
                rs.getString(6),
                rs.getString(7),
                rs.getBoolean(8),
                rs.getString(9),
                rs.getString(10),
                rs.getLong(11),
                rs.getLong(12),
                rs.getLong(13),
                rs.getString(14),
                rs.getString(15),
                rs.getTimestamp(16).toInstant(),
                rs.getTimestamp(17).toInstant());
    }
}
