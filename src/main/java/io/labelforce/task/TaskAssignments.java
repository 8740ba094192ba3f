package io.labelforce.task;

import io.labelforce.workforce.WorkerRef;
import io.labelforce.workforce.WorkerRole;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The teams and members of tasks ({@code workforce_task_team}, {@code workforce_task_worker}). Replacing an
 * assignment is four statements whatever its size: members and teams that left are deleted, the others
 * are upserted from arrays, so members who stay keep their notification history.
 */
@Repository
class TaskAssignments {

    private final JdbcClient jdbc;

    TaskAssignments(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void replace(String projectId, String taskId, Assignment assignment, Instant now) {
        List<String> teamIds = new ArrayList<>();
        List<Integer> positions = new ArrayList<>();
        List<String> workerTeams = new ArrayList<>();
        List<String> workerIds = new ArrayList<>();
        List<String> emails = new ArrayList<>();
        List<Integer> roles = new ArrayList<>();
        for (Assignment.Team team : assignment.teams()) {
            teamIds.add(team.workforceId());
            positions.add(positions.size());
            for (WorkerRef worker : team.workers()) {
                workerTeams.add(team.workforceId());
                workerIds.add(worker.workerId());
                emails.add(worker.email());
                roles.add(worker.role().code());
            }
        }
        Timestamp time = Timestamp.from(now);
        // Anti-joins, not "not (worker_id = any(?))": once pgjdbc prepares the statement on the server,
        // PostgreSQL runs a generic plan in which the array is a parameter, not a constant it can hash, so
        // each of the task's rows was compared with every kept id: 12 ms instead of 0.7 ms for 1,000
        // members (docs/benchmarks.md, "Replacing a task's assignment").
        jdbc.sql("""
                delete from workforce_task_worker w where w.task_id = ?
                and not exists (select from unnest(?::varchar[]) as k(id) where k.id = w.worker_id)
                """).params(taskId, workerIds.toArray(String[]::new)).update();
        jdbc.sql("""
                delete from workforce_task_team t where t.task_id = ?
                and not exists (select from unnest(?::varchar[]) as k(id) where k.id = t.workforce_id)
                """).params(taskId, teamIds.toArray(String[]::new)).update();
        jdbc.sql("""
                insert into workforce_task_team (task_id, workforce_id, position)
                select ?, t.workforce_id, t.position from unnest(?::varchar[], ?::int[]) as t(workforce_id, position)
                on conflict (task_id, workforce_id) do update set position = excluded.position
                """)
                .params(taskId, teamIds.toArray(String[]::new), positions.toArray(Integer[]::new))
                .update();
        jdbc.sql("""
                insert into workforce_task_worker
                    (task_id, workforce_id, worker_id, project_id, email, role, create_time, update_time)
                select ?, w.workforce_id, w.worker_id, ?, w.email, w.role, ?, ?
                from unnest(?::varchar[], ?::varchar[], ?::varchar[], ?::int[]) as w(workforce_id, worker_id, email, role)
                on conflict (task_id, worker_id) do update
                    set email = excluded.email, role = excluded.role, update_time = excluded.update_time
                """)
                .params(
                        taskId,
                        projectId,
                        time,
                        time,
                        workerTeams.toArray(String[]::new),
                        workerIds.toArray(String[]::new),
                        emails.toArray(String[]::new),
                        roles.toArray(Integer[]::new))
                .update();
    }

    /** The assignments of many tasks, in two statements: task id → its teams in order, each with its members. */
    Map<String, List<AssignedTeam>> load(Collection<String> taskIds) {
        Map<String, List<AssignedTeam>> result = new LinkedHashMap<>();
        if (taskIds.isEmpty()) {
            return result;
        }
        String[] ids = taskIds.toArray(String[]::new);
        Map<String, AssignedTeam> teams = new LinkedHashMap<>();
        jdbc.sql(
                        "select task_id, workforce_id from workforce_task_team where task_id = any(?) order by task_id, position")
                .param(ids)
                .query((rs, n) -> {
                    AssignedTeam team = new AssignedTeam(rs.getString("workforce_id"), new ArrayList<>());
                    teams.put(rs.getString("task_id") + "/" + team.workforceId(), team);
                    result.computeIfAbsent(rs.getString("task_id"), k -> new ArrayList<>())
                            .add(team);
                    return team;
                })
                .list();
        jdbc.sql("""
                select task_id, workforce_id, worker_id, email, role, email_status, last_notify_time, create_time, update_time
                from workforce_task_worker where task_id = any(?) order by task_id, create_time, email
                """)
                .param(ids)
                .query((rs, n) -> {
                    Timestamp notified = rs.getTimestamp("last_notify_time");
                    AssignedWorker worker = new AssignedWorker(
                            rs.getString("workforce_id"),
                            rs.getString("worker_id"),
                            rs.getString("email"),
                            WorkerRole.of(rs.getInt("role")),
                            EmailStatus.of(rs.getInt("email_status")),
                            notified == null ? null : notified.toInstant(),
                            rs.getTimestamp("create_time").toInstant(),
                            rs.getTimestamp("update_time").toInstant());
                    AssignedTeam team = teams.get(rs.getString("task_id") + "/" + worker.workforceId());
                    if (team != null) {
                        team.workers().add(worker);
                    }
                    return worker;
                })
                .list();
        return result;
    }

    record AssignedTeam(String workforceId, List<AssignedWorker> workers) {}

    record AssignedWorker(
            String workforceId,
            String workerId,
            String email,
            WorkerRole role,
            EmailStatus emailStatus,
            @Nullable Instant lastNotifyTime,
            Instant createTime,
            Instant updateTime) {}
}
