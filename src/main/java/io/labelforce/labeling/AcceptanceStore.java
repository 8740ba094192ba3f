package io.labelforce.labeling;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** Acceptances and the set-based statements that sample, judge and settle the copies. */
@Repository
class AcceptanceStore {

    private final JdbcTemplate jdbc;

    AcceptanceStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    record Acceptance(
            String id,
            @Nullable Double samplingRate,
            @Nullable Integer samplingNum,
            long candidates,
            long sampled,
            String status,
            @Nullable Integer action) {}

    void insert(
            CopyStore.TaskKey task,
            String id,
            @Nullable Double rate,
            @Nullable Integer num,
            long candidates,
            long sampled,
            Instant now) {
        jdbc.update(
                "insert into acceptance (project_id, dataset_id, task_id, id, sampling_rate, sampling_num, candidates,"
                        + " sampled, status, create_time) values (?, ?, ?, ?, ?, ?, ?, ?, 'RUNNING', ?)",
                task.projectId(),
                task.datasetId(),
                task.taskId(),
                id,
                rate,
                num,
                candidates,
                sampled,
                Timestamp.from(now));
    }

    Optional<Acceptance> find(CopyStore.TaskKey task, String id) {
        return jdbc
                .query(
                        "select id, sampling_rate, sampling_num, candidates, sampled, status, action from acceptance"
                                + " where project_id = ? and dataset_id = ? and task_id = ? and id = ?",
                        (rs, n) -> new Acceptance(
                                rs.getString(1),
                                (Double) rs.getObject(2),
                                (Integer) rs.getObject(3),
                                rs.getLong(4),
                                rs.getLong(5),
                                rs.getString(6),
                                (Integer) rs.getObject(7)),
                        task.projectId(),
                        task.datasetId(),
                        task.taskId(),
                        id)
                .stream()
                .findFirst();
    }

    Optional<Acceptance> running(CopyStore.TaskKey task) {
        List<String> ids = jdbc.queryForList(
                "select id from acceptance where project_id = ? and dataset_id = ? and task_id = ? and status = 'RUNNING'",
                String.class,
                task.projectId(),
                task.datasetId(),
                task.taskId());
        return ids.isEmpty() ? Optional.empty() : find(task, ids.get(0));
    }

    /** Samples {@code n} copies of those awaiting acceptance ({@link CopyMove#SAMPLE}), at random; one statement. */
    int sample(CopyStore.TaskKey task, String acceptanceId, long n, Instant now) {
        Timestamp time = Timestamp.from(now);
        return jdbc.update(
                """
                update task_sample t set state = ?, checking_task_id = ?, check_accept = null, check_comment = null,
                    check_score = null, check_time = null, update_time = ?, version = t.version + 1
                from (select sample_id, worker_id from task_sample
                      where project_id = ? and dataset_id = ? and task_id = ? and state = any(?)
                      order by random() limit ?) pick
                where t.project_id = ? and t.dataset_id = ? and t.task_id = ? and t.sample_id = pick.sample_id
                  and t.worker_id = pick.worker_id and t.state = any(?)
                """,
                CopyMove.SAMPLE.to().name(),
                acceptanceId,
                time,
                task.projectId(),
                task.datasetId(),
                task.taskId(),
                CopyMove.SAMPLE.fromNames(),
                n,
                task.projectId(),
                task.datasetId(),
                task.taskId(),
                CopyMove.SAMPLE.fromNames());
    }

    /** The owner's verdicts on sampled copies ({@link CopyMove#CHECK_ACCEPT} / {@link CopyMove#CHECK_REJECT}). */
    List<CopyStore.Touched> check(
            CopyStore.TaskKey task, String acceptanceId, List<CopyStore.Verdict> verdicts, Instant now) {
        Timestamp time = Timestamp.from(now);
        return jdbc.query(
                """
                update task_sample t set state = case when c.accept then ? else ? end,
                    check_accept = c.accept, check_comment = c.comment, check_score = c.score, check_time = ?,
                    update_time = ?, version = t.version + 1
                from unnest(?::varchar[], ?::varchar[], ?::boolean[], ?::varchar[], ?::varchar[])
                    as c(sample_id, worker_id, accept, comment, score)
                where t.project_id = ? and t.dataset_id = ? and t.task_id = ? and t.sample_id = c.sample_id
                  and (c.worker_id = '' or t.worker_id = c.worker_id) and t.checking_task_id = ?
                  and t.state = any(case when c.accept then ?::varchar[] else ?::varchar[] end)
                returning t.sample_id, t.worker_id
                """,
                (rs, n) -> new CopyStore.Touched(rs.getString(1), rs.getString(2)),
                CopyMove.CHECK_ACCEPT.to().name(),
                CopyMove.CHECK_REJECT.to().name(),
                time,
                time,
                verdicts.stream().map(CopyStore.Verdict::sampleId).toArray(String[]::new),
                verdicts.stream().map(CopyStore.Verdict::workerId).toArray(String[]::new),
                verdicts.stream().map(CopyStore.Verdict::accept).toArray(Boolean[]::new),
                verdicts.stream().map(CopyStore.Verdict::comment).toArray(String[]::new),
                verdicts.stream().map(CopyStore.Verdict::score).toArray(String[]::new),
                task.projectId(),
                task.datasetId(),
                task.taskId(),
                acceptanceId,
                CopyMove.CHECK_ACCEPT.fromNames(),
                CopyMove.CHECK_REJECT.fromNames());
    }

    /** Cancel: the sampled copies go back to awaiting acceptance, their verdicts dropped ({@link CopyMove#CANCEL_SAMPLE}). */
    int cancel(CopyStore.TaskKey task, String acceptanceId, Instant now) {
        return jdbc.update(
                "update task_sample set state = ?, checking_task_id = null, check_accept = null, check_comment = null,"
                        + " check_score = null, check_time = null, update_time = ?, version = version + 1"
                        + " where project_id = ? and dataset_id = ? and task_id = ? and checking_task_id = ?"
                        + " and state = any(?)",
                CopyMove.CANCEL_SAMPLE.to().name(),
                Timestamp.from(now),
                task.projectId(),
                task.datasetId(),
                task.taskId(),
                acceptanceId,
                CopyMove.CANCEL_SAMPLE.fromNames());
    }

    /** Settles the copies in one statement: those in {@code pass} by {@link CopyMove#PASS}, in {@code fail} by {@link CopyMove#FAIL}. */
    int settle(CopyStore.TaskKey task, List<CopyState> pass, List<CopyState> fail, Instant now) {
        String[] passNames = pass.stream().map(Enum::name).toArray(String[]::new);
        String[] all = java.util.stream.Stream.concat(pass.stream(), fail.stream())
                .map(Enum::name)
                .toArray(String[]::new);
        return jdbc.update(
                "update task_sample set state = case when state = any(?) then ? else ? end, update_time = ?,"
                        + " version = version + 1 where project_id = ? and dataset_id = ? and task_id = ?"
                        + " and state = any(?)",
                passNames,
                CopyMove.PASS.to().name(),
                CopyMove.FAIL.to().name(),
                Timestamp.from(now),
                task.projectId(),
                task.datasetId(),
                task.taskId(),
                all);
    }

    void finish(CopyStore.TaskKey task, String id, String status, int action, Instant now) {
        jdbc.update(
                "update acceptance set status = ?, action = ?, finish_time = ? where project_id = ? and dataset_id = ?"
                        + " and task_id = ? and id = ?",
                status,
                action,
                Timestamp.from(now),
                task.projectId(),
                task.datasetId(),
                task.taskId(),
                id);
    }

    /** An acceptance's sampled copies by state, and its verdicts' scores (A..D as 4..1): one query. */
    Map<String, Object> report(CopyStore.TaskKey task, String id) {
        return jdbc.queryForMap("""
                select count(*) as sampled,
                       count(*) filter (where check_accept is not null) as checked,
                       count(*) filter (where check_accept) as accepted,
                       count(*) filter (where check_accept = false) as rejected,
                       coalesce(sum(case check_score when 'A' then 4 when 'B' then 3 when 'C' then 2
                                                     when 'D' then 1 end), 0) as score_sum,
                       count(check_score) as scored
                from task_sample where project_id = ? and dataset_id = ? and task_id = ? and checking_task_id = ?
                """, task.projectId(), task.datasetId(), task.taskId(), id);
    }

    /** The labels of each accepted sample (its first accepted copy), for writing them to the dataset. */
    Map<String, String> acceptedLabels(CopyStore.TaskKey task) {
        Map<String, String> labels = new java.util.LinkedHashMap<>();
        jdbc.query(
                "select distinct on (sample_id) sample_id, labels::text from task_sample where project_id = ?"
                        + " and dataset_id = ? and task_id = ? and state = ? order by sample_id, copy_no",
                rs -> {
                    labels.put(rs.getString(1), rs.getString(2));
                },
                task.projectId(),
                task.datasetId(),
                task.taskId(),
                CopyState.ACCEPTED.name());
        return labels;
    }

    /** Samples whose copies disagree: how many there are, and the first ones by id. */
    record Conflicts(long total, List<String> sampleIds) {}

    /**
     * The samples with copies in {@code states} whose copies carry different sets of label names (action 3,
     * decision W33): one statement, over the task's copies in those states.
     */
    Conflicts conflicts(CopyStore.TaskKey task, List<CopyState> states, int limit) {
        List<Map<String, Object>> rows = jdbc.queryForList(
                """
                with k as (
                    select t.sample_id,
                           (select coalesce(jsonb_agg(distinct e->>'name' order by e->>'name'), '[]'::jsonb)
                            from jsonb_array_elements(coalesce(t.labels, '[]'::jsonb)) e) as names
                    from task_sample t
                    where t.project_id = ? and t.dataset_id = ? and t.task_id = ? and t.state = any(?)),
                c as (select sample_id from k group by sample_id having count(distinct names) > 1)
                select sample_id, count(*) over () as total from c order by sample_id limit ?
                """,
                task.projectId(),
                task.datasetId(),
                task.taskId(),
                states.stream().map(Enum::name).toArray(String[]::new),
                limit);
        long total = rows.isEmpty() || !(rows.get(0).get("total") instanceof Number n) ? 0 : n.longValue();
        return new Conflicts(
                total, rows.stream().map(r -> (String) r.get("sample_id")).toList());
    }
}
