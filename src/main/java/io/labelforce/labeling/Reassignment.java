package io.labelforce.labeling;

import io.labelforce.task.TaskReassigned;
import io.labelforce.task.TaskStatus;
import io.labelforce.task.TaskWorkflow;
import io.labelforce.task.TaskWorkflow.Member;
import io.labelforce.task.TaskWorkflow.WorkflowTask;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * UpdateWorkforceTask with a new {@code workforces_config} on a started task (decision W30), in the update's own
 * transaction (which holds the task's row lock): the unfinished copies ({@code NONE}, {@code REJECTED}) of members
 * who are no longer labelers of the task move to the remaining labelers; labeled, reviewed and accepted copies stay
 * where they are. Each round is one statement that moves at most one copy per sample, to a labeler who holds no
 * copy of that sample yet (the m-th orphan to the (m mod n)-th of the n labelers it may go to), so a task of repetition r needs at most r rounds. Then
 * samples without any copy (a delegated task that got its first labelers) are distributed.
 *
 * <p>A label batch racing the move: both are row-level updates guarded by the copy's member and state, so each copy
 * is either labeled by its old member (and stays, being labeled) or moved (and the old member's item fails with
 * {@code ModelArts.4420}); neither write is lost.
 */
@Component
class Reassignment {

    private static final String[] UNFINISHED = {CopyState.NONE.name(), CopyState.REJECTED.name()};

    private final TaskWorkflow tasks;
    private final Distribution distribution;
    private final JdbcTemplate jdbc;
    private final Clock clock;

    Reassignment(TaskWorkflow tasks, Distribution distribution, JdbcTemplate jdbc, Clock clock) {
        this.tasks = tasks;
        this.distribution = distribution;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @EventListener
    void on(TaskReassigned event) {
        WorkflowTask task = tasks.find(event.projectId(), event.datasetId(), event.taskId())
                .orElseThrow(() -> LabelingErrors.taskNotFound(event.taskId()));
        List<Member> labelers = task.labelers();
        if (!labelers.isEmpty()) {
            // the copies to move, locked in key order (label batches write in that order too): no deadlock
            jdbc.queryForList(
                    "select sample_id from task_sample where project_id = ? and dataset_id = ? and task_id = ?"
                            + " and not (worker_id = any(?)) and state = any(?) order by sample_id, worker_id"
                            + " for update",
                    String.class,
                    task.projectId(),
                    task.datasetId(),
                    task.taskId(),
                    labelers.stream().map(Member::workerId).toArray(String[]::new),
                    UNFINISHED);
            for (int round = 0; round < task.repetition() + 1; round++) {
                if (moveOneRound(task, labelers) == 0) {
                    break;
                }
            }
        }
        if (task.status() == TaskStatus.RUNNING) {
            distribution.distributeNew(task, clock.instant());
        }
    }

    private int moveOneRound(WorkflowTask task, List<Member> labelers) {
        Timestamp now = Timestamp.from(clock.instant());
        String[] ids = labelers.stream().map(Member::workerId).toArray(String[]::new);
        return jdbc.update(
                """
                with r as (select w.worker_id, w.workforce_id, w.email, w.n - 1 as j
                           from unnest(?::varchar[], ?::varchar[], ?::varchar[])
                                with ordinality as w(worker_id, workforce_id, email, n)),
                orphan as (select o.sample_id, o.worker_id, row_number() over (order by o.sample_id) - 1 as m
                           from (select distinct on (t.sample_id) t.sample_id, t.worker_id from task_sample t
                                 where t.project_id = ? and t.dataset_id = ? and t.task_id = ?
                                   and not (t.worker_id = any(?)) and t.state = any(?)
                                 order by t.sample_id, t.worker_id) o),
                choice as (select o.sample_id, o.worker_id as old_worker, c.worker_id, c.workforce_id, c.email
                           from orphan o cross join lateral (
                               select a.* from (
                                   select r.*, row_number() over (order by r.j) - 1 as q, count(*) over () as cnt
                                   from r where not exists (
                                       select 1 from task_sample x where x.project_id = ? and x.dataset_id = ?
                                         and x.task_id = ? and x.sample_id = o.sample_id
                                         and x.worker_id = r.worker_id)) a
                               where a.q = o.m % a.cnt) c)
                update task_sample t set worker_id = c.worker_id, workforce_id = c.workforce_id, email = c.email,
                    update_time = ?, version = t.version + 1
                from choice c
                where t.project_id = ? and t.dataset_id = ? and t.task_id = ? and t.sample_id = c.sample_id
                  and t.worker_id = c.old_worker and t.state = any(?)
                """,
                ids,
                labelers.stream().map(Member::workforceId).toArray(String[]::new),
                labelers.stream().map(Member::email).toArray(String[]::new),
                task.projectId(),
                task.datasetId(),
                task.taskId(),
                ids,
                UNFINISHED,
                task.projectId(),
                task.datasetId(),
                task.taskId(),
                now,
                task.projectId(),
                task.datasetId(),
                task.taskId(),
                UNFINISHED);
    }
}
