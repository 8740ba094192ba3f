package io.labelforce.sample;

import io.labelforce.storage.ObjectRef;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The {@code pending_object} table: objects written for sample rows not committed yet. Each call is one statement
 * whatever the number of objects (arrays through {@code unnest}).
 */
@Repository
class PendingObjectStore {

    /** A pending object, and whether a sample of its dataset references it (then it is no orphan). */
    record Pending(String projectId, String datasetId, ObjectRef object, boolean referenced) {}

    private final JdbcTemplate jdbc;

    PendingObjectStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Records the objects as pending (again: a repeated upload of the same key restarts its grace period). */
    void register(String projectId, String datasetId, Collection<ObjectRef> objects, Instant now) {
        if (objects.isEmpty()) {
            return;
        }
        jdbc.update(con -> {
            PreparedStatement ps = con.prepareStatement("insert into pending_object"
                    + " (project_id, dataset_id, bucket, object_key, create_time)"
                    + " select ?, ?, t.bucket, t.object_key, ? from unnest(?::varchar[], ?::varchar[])"
                    + " as t (bucket, object_key) on conflict (project_id, dataset_id, bucket, object_key)"
                    + " do update set create_time = excluded.create_time");
            ps.setString(1, projectId);
            ps.setString(2, datasetId);
            ps.setTimestamp(3, Timestamp.from(now));
            ps.setArray(
                    4,
                    con.createArrayOf(
                            "varchar", objects.stream().map(ObjectRef::bucket).toArray()));
            ps.setArray(
                    5,
                    con.createArrayOf(
                            "varchar", objects.stream().map(ObjectRef::key).toArray()));
            return ps;
        });
    }

    /**
     * Deletes the records (in the caller's transaction) and returns the objects whose record was still there. A
     * record the sweeper holds is waited for; one it already removed is missing from the answer, so its object
     * may be gone and must not be referenced.
     */
    Set<ObjectRef> release(String projectId, String datasetId, Collection<ObjectRef> objects) {
        if (objects.isEmpty()) {
            return Set.of();
        }
        List<ObjectRef> released = jdbc.query(
                con -> {
                    PreparedStatement ps = con.prepareStatement("delete from pending_object p"
                            + " using unnest(?::varchar[], ?::varchar[]) as t (bucket, object_key)"
                            + " where p.project_id = ? and p.dataset_id = ? and p.bucket = t.bucket"
                            + " and p.object_key = t.object_key returning p.bucket, p.object_key");
                    ps.setArray(
                            1,
                            con.createArrayOf(
                                    "varchar",
                                    objects.stream().map(ObjectRef::bucket).toArray()));
                    ps.setArray(
                            2,
                            con.createArrayOf(
                                    "varchar",
                                    objects.stream().map(ObjectRef::key).toArray()));
                    ps.setString(3, projectId);
                    ps.setString(4, datasetId);
                    return ps;
                },
                (rs, n) -> new ObjectRef(rs.getString(1), rs.getString(2)));
        return new HashSet<>(released);
    }

    /**
     * Up to {@code limit} records older than {@code cutoff}, oldest first, locked for the caller's transaction;
     * records another replica's sweeper holds are skipped ({@code skip locked}), so sweepers never share work.
     */
    List<Pending> lockStale(Instant cutoff, int limit) {
        return jdbc.query(
                "select p.project_id, p.dataset_id, p.bucket, p.object_key, exists (select 1 from sample s"
                        + " where s.project_id = p.project_id and s.dataset_id = p.dataset_id"
                        + " and s.bucket = p.bucket and s.object_key = p.object_key)"
                        + " from pending_object p where p.create_time < ? order by p.create_time limit ?"
                        + " for update of p skip locked",
                (rs, n) -> new Pending(
                        rs.getString(1),
                        rs.getString(2),
                        new ObjectRef(rs.getString(3), rs.getString(4)),
                        rs.getBoolean(5)),
                Timestamp.from(cutoff),
                limit);
    }

    /** Deletes the records of swept objects, in the sweeping transaction (one statement). */
    void delete(List<Pending> swept) {
        each("delete from pending_object p", swept, null);
    }

    /** Gives records whose objects could not be deleted a new grace period, so they do not block the queue. */
    void postpone(List<Pending> failed, Instant now) {
        each("update pending_object p set create_time = ? from", failed, now);
    }

    private void each(String statement, List<Pending> records, @Nullable Instant now) {
        if (records.isEmpty()) {
            return;
        }
        jdbc.update(con -> {
            PreparedStatement ps = con.prepareStatement(statement
                    + (now == null ? " using" : "")
                    + " unnest(?::varchar[], ?::varchar[], ?::varchar[], ?::varchar[])"
                    + " as t (project_id, dataset_id, bucket, object_key)"
                    + " where p.project_id = t.project_id and p.dataset_id = t.dataset_id and p.bucket = t.bucket"
                    + " and p.object_key = t.object_key");
            int i = 1;
            if (now != null) {
                ps.setTimestamp(i++, Timestamp.from(now));
            }
            ps.setArray(
                    i++,
                    con.createArrayOf(
                            "varchar", records.stream().map(Pending::projectId).toArray()));
            ps.setArray(
                    i++,
                    con.createArrayOf(
                            "varchar", records.stream().map(Pending::datasetId).toArray()));
            ps.setArray(
                    i++,
                    con.createArrayOf(
                            "varchar",
                            records.stream().map(p -> p.object().bucket()).toArray()));
            ps.setArray(
                    i,
                    con.createArrayOf(
                            "varchar",
                            records.stream().map(p -> p.object().key()).toArray()));
            return ps;
        });
    }
}
