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

    /**
     * Takes the task for a run: sets the lease if the task is unfinished and nobody holds a live lease on it (one
     * conditional update, so of two runners at most one wins). False when another run holds it or it is finished.
     */
    boolean claim(String projectId, String datasetId, String id, String owner, Instant now, Instant until) {
        return jdbc.update(
                        "update sample_import_task set lease_owner = ?, lease_until = ?"
                                + " where project_id = ? and dataset_id = ? and id = ?"
                                + " and status in ('QUEUING', 'RUNNING') and (lease_until is null or lease_until <= ?)",
                        owner,
                        Timestamp.from(until),
                        projectId,
                        datasetId,
                        id,
                        Timestamp.from(now))
                == 1;
    }

    /**
     * Records one page, in the page's transaction: the cursor moves on with the counts and the lease is renewed,
     * only while {@code owner} still holds it (the update locks the row until commit, so nobody can take the task
     * in between). False when the lease was lost: the caller rolls the page back and stops.
     */
    boolean progress(
            Task t, String owner, String lastKey, long files, long bytes, long imported, Instant now, Instant until) {
        return jdbc.update(
                        "update sample_import_task set status = 'RUNNING', last_key = ?,"
                                + " total_file_count = total_file_count + ?, total_file_size = total_file_size + ?,"
                                + " imported_sample_count = imported_sample_count + ?, update_time = ?,"
                                + " lease_until = ? where project_id = ? and dataset_id = ? and id = ?"
                                + " and lease_owner = ?",
                        lastKey,
                        files,
                        bytes,
                        imported,
                        Timestamp.from(now),
                        Timestamp.from(until),
                        t.projectId(),
                        t.datasetId(),
                        t.id(),
                        owner)
                == 1;
    }

    /** Finishes the task and drops the lease, only while {@code owner} holds it. */
    boolean finish(
            Task t, String owner, String status, @Nullable String errorCode, @Nullable String errorMsg, Instant now) {
        return jdbc.update(
                        "update sample_import_task set status = ?, error_code = ?, error_msg = ?, update_time = ?,"
                                + " lease_owner = null, lease_until = null"
                                + " where project_id = ? and dataset_id = ? and id = ? and lease_owner = ?",
                        status,
                        errorCode,
                        errorMsg,
                        Timestamp.from(now),
                        t.projectId(),
                        t.datasetId(),
                        t.id(),
                        owner)
                == 1;
    }

    /** The key of a task to resume. */
    record TaskKey(String projectId, String datasetId, String id) {}

    /**
     * Unfinished tasks nobody runs: their lease ran out (the runner died), or they were queued before
     * {@code queuedBefore} and never started (the process died before the listener ran). Oldest first.
     */
    List<TaskKey> abandoned(Instant now, Instant queuedBefore, int limit) {
        return jdbc.query(
                "select project_id, dataset_id, id from sample_import_task where status in ('QUEUING', 'RUNNING')"
                        + " and (lease_until <= ? or (lease_until is null and update_time < ?))"
                        + " order by update_time limit ?",
                (rs, n) -> new TaskKey(rs.getString(1), rs.getString(2), rs.getString(3)),
                Timestamp.from(now),
                Timestamp.from(queuedBefore),
                limit);
    }

    /** The current lease holder, if any (for tests and logs). */
    Optional<String> leaseOwner(String projectId, String datasetId, String id) {
        return jdbc
                .query(
                        "select lease_owner from sample_import_task where project_id = ? and dataset_id = ? and id = ?"
                                + " and lease_owner is not null",
                        (rs, n) -> rs.getString(1),
                        projectId,
                        datasetId,
                        id)
                .stream()
                .findFirst();
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
