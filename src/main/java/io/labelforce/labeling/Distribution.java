package io.labelforce.labeling;

import io.labelforce.sample.SampleCatalog;
import io.labelforce.task.TaskWorkflow.Member;
import io.labelforce.task.TaskWorkflow.WorkflowTask;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * Hands a task's samples to its labelers in one set-based statement (decision W25): the samples that match the
 * task's {@code sample_conditions} and have no copy yet are numbered {@code i} (by create time, continuing after the
 * samples distributed before), the labelers {@code 0 … L-1} (by member id), and copy {@code k} of sample {@code i}
 * goes to labeler {@code (i·repetition + k) mod L}. With {@code L ≥ repetition} every sample gets {@code repetition}
 * distinct labelers, and since the copies fill the rotation in order, loads differ by at most one. The unique copy
 * number makes the statement idempotent: a repeated run inserts nothing twice.
 */
@Repository
class Distribution {

    private final JdbcTemplate jdbc;
    private final SampleCatalog samples;

    Distribution(JdbcTemplate jdbc, SampleCatalog samples) {
        this.jdbc = jdbc;
        this.samples = samples;
    }

    /**
     * Distributes the task's samples that have no copy yet; needs the caller's transaction (which holds the task's
     * row lock, so distributions of one task never overlap).
     *
     * @return the number of samples distributed
     */
    long distributeNew(WorkflowTask task, Instant now) {
        List<Member> labelers = task.labelers();
        String projectId = task.projectId();
        String datasetId = task.datasetId();
        jdbc.update(
                "insert into labeling_task (project_id, dataset_id, task_id) values (?, ?, ?) on conflict do nothing",
                projectId,
                datasetId,
                task.taskId());
        long seen = samples.samplesEverAdded(projectId, datasetId);
        if (labelers.isEmpty()) {
            return 0;
        }
        SampleCatalog.Selection selection;
        try {
            selection = samples.select(projectId, datasetId, task.sampleConditions());
        } catch (io.labelforce.common.DomainException e) {
            // conditions that no longer read (stored before they were checked) select nothing (decision W25)
            LoggerFactory.getLogger(Distribution.class)
                    .warn("Task {}: sample_conditions select nothing: {}", task.taskId(), e.getMessage());
            return 0;
        }
        Timestamp time = Timestamp.from(now);
        int repetition = task.repetition();
        List<Object> args = new ArrayList<>(selection.args());
        args.addAll(List.of(projectId, datasetId, task.taskId()));
        args.addAll(List.of(projectId, datasetId, task.taskId()));
        args.add(labelers.stream().map(Member::workerId).toArray(String[]::new));
        args.add(labelers.stream().map(Member::workforceId).toArray(String[]::new));
        args.add(labelers.stream().map(Member::email).toArray(String[]::new));
        args.add(repetition);
        args.addAll(List.of(projectId, datasetId, task.taskId(), time, time));
        args.add(repetition);
        args.add(labelers.size());
        args.add(time);
        args.add(seen);
        args.addAll(List.of(projectId, datasetId, task.taskId()));
        Long distributed = jdbc.queryForObject(
                "with sel as (" + selection.sql() + "),"
                        + " base as (select next_index from labeling_task"
                        + "   where project_id = ? and dataset_id = ? and task_id = ?),"
                        + " fresh as (select s.id, row_number() over (order by s.create_time, s.id) - 1"
                        + "     + (select next_index from base) as i"
                        + "   from sel s where not exists (select 1 from task_sample t where t.project_id = ?"
                        + "     and t.dataset_id = ? and t.task_id = ? and t.sample_id = s.id)),"
                        + " l as (select w.worker_id, w.workforce_id, w.email, w.n - 1 as j from"
                        + "   unnest(?::varchar[], ?::varchar[], ?::varchar[]) with ordinality as w(worker_id, workforce_id, email, n)),"
                        + " k as (select generate_series(0, ? - 1) as k),"
                        + " ins as (insert into task_sample (project_id, dataset_id, task_id, sample_id, worker_id,"
                        + "     workforce_id, email, copy_no, state, create_time, update_time)"
                        + "   select ?, ?, ?, f.id, l.worker_id, l.workforce_id, l.email, k.k, 'NONE', ?, ?"
                        + "   from fresh f cross join k join l on l.j = (f.i * ? + k.k) % ?"
                        + "   order by f.i, k.k"
                        + "   on conflict do nothing returning copy_no)"
                        + " update labeling_task set next_index = next_index"
                        + "   + (select count(*) from ins where copy_no = 0), distributed_time = ?, seen_samples = ?"
                        + " where project_id = ? and dataset_id = ? and task_id = ?"
                        + " returning (select count(*) from ins where copy_no = 0)",
                Long.class,
                args.toArray());
        return distributed == null ? 0 : distributed;
    }

    /** Refreshes the planner's statistics of the copies (after a large distribution; outside a transaction). */
    void refreshStatistics() {
        jdbc.execute("analyze task_sample");
    }

    /**
     * Whether the dataset got samples since the task's last distribution (synchronize_data, decision W26): two
     * single-row reads, whatever the number of samples.
     */
    boolean datasetGrew(WorkflowTask task) {
        List<Long> seen = jdbc.queryForList(
                "select seen_samples from labeling_task where project_id = ? and dataset_id = ? and task_id = ?",
                Long.class,
                task.projectId(),
                task.datasetId(),
                task.taskId());
        return !seen.isEmpty() && samples.samplesEverAdded(task.projectId(), task.datasetId()) > seen.get(0);
    }
}
