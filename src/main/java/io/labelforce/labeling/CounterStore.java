package io.labelforce.labeling;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * Reads the maintained counters ({@code task_sample_count}, {@code task_member_stats}, {@code task_label_count}):
 * a row per member and state, per member, per label, never the copies, so a read costs the same for ten samples
 * or a million.
 */
@Repository
class CounterStore {

    private final JdbcTemplate jdbc;

    CounterStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Per member: copies per state name (and {@code #samples}). */
    record MemberCounts(
            Map<String, Long> byState, long accepted, long rejected, long scoreSum, long scored, long checked) {

        static MemberCounts empty() {
            return new MemberCounts(new HashMap<>(), 0, 0, 0, 0, 0);
        }

        long copies(CopyState state) {
            return byState.getOrDefault(state.name(), 0L);
        }

        long samples() {
            return byState.getOrDefault("#samples", 0L);
        }

        long total() {
            long total = 0;
            for (CopyState state : CopyState.values()) {
                total += copies(state);
            }
            return total;
        }

        MemberCounts plus(MemberCounts other) {
            Map<String, Long> sum = new HashMap<>(byState);
            other.byState.forEach((k, v) -> sum.merge(k, v, Long::sum));
            return new MemberCounts(
                    sum,
                    accepted + other.accepted,
                    rejected + other.rejected,
                    scoreSum + other.scoreSum,
                    scored + other.scored,
                    checked + other.checked);
        }
    }

    /** Task id → member id → counts, for the tasks of one project: two queries whatever their size. */
    Map<String, Map<String, MemberCounts>> counts(String projectId, Collection<String> taskIds) {
        Map<String, Map<String, MemberCounts>> result = new HashMap<>();
        if (taskIds.isEmpty()) {
            return result;
        }
        String[] ids = taskIds.toArray(String[]::new);
        jdbc.query(
                "select task_id, worker_id, state, copies from task_sample_count where project_id = ?"
                        + " and task_id = any(?) and copies <> 0",
                rs -> {
                    member(result, rs.getString(1), rs.getString(2)).byState().put(rs.getString(3), rs.getLong(4));
                },
                projectId,
                ids);
        jdbc.query(
                "select task_id, worker_id, accepted, rejected, score_sum, scored, checked from task_member_stats"
                        + " where project_id = ? and task_id = any(?)",
                rs -> {
                    MemberCounts current = member(result, rs.getString(1), rs.getString(2));
                    result.computeIfAbsent(rs.getString(1), k -> new HashMap<>())
                            .put(
                                    rs.getString(2),
                                    new MemberCounts(
                                            current.byState(),
                                            rs.getLong(3),
                                            rs.getLong(4),
                                            rs.getLong(5),
                                            rs.getLong(6),
                                            rs.getLong(7)));
                },
                projectId,
                ids);
        return result;
    }

    /** Label name → {instances, copies carrying it} of one task: a row per member and label, summed. */
    Map<String, long[]> labels(CopyStore.TaskKey task) {
        Map<String, long[]> result = new HashMap<>();
        jdbc.query(
                "select name, sum(instances), sum(copies) from task_label_count where project_id = ? and dataset_id = ?"
                        + " and task_id = ? group by name having sum(copies) <> 0",
                rs -> {
                    result.put(rs.getString(1), new long[] {rs.getLong(2), rs.getLong(3)});
                },
                task.projectId(),
                task.datasetId(),
                task.taskId());
        return result;
    }

    private static MemberCounts member(Map<String, Map<String, MemberCounts>> result, String taskId, String workerId) {
        return result.computeIfAbsent(taskId, k -> new HashMap<>())
                .computeIfAbsent(workerId, k -> MemberCounts.empty());
    }
}
