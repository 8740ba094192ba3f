package io.labelforce.task;

import io.labelforce.workforce.WorkerRole;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** {@link TaskNotifications} on the task tables. */
@Component
@Transactional(readOnly = true)
class TaskNotificationStore implements TaskNotifications {

    private final WorkforceTaskRepository tasks;
    private final JdbcClient jdbc;

    TaskNotificationStore(WorkforceTaskRepository tasks, JdbcClient jdbc) {
        this.tasks = tasks;
        this.jdbc = jdbc;
    }

    @Override
    public Optional<NotifiableTask> find(String projectId, String datasetId, String taskId) {
        return tasks.find(projectId, datasetId, taskId)
                .map(task -> new NotifiableTask(
                        task.getId(),
                        task.getName(),
                        task.getDatasetId(),
                        task.getStatus(),
                        jdbc.sql("""
                        select worker_id, workforce_id, email, role from workforce_task_worker
                        where task_id = ? and project_id = ? order by create_time, email
                        """)
                                .params(task.getId(), projectId)
                                .query((rs, n) -> new Member(
                                        rs.getString("worker_id"),
                                        rs.getString("workforce_id"),
                                        rs.getString("email"),
                                        WorkerRole.of(rs.getInt("role"))))
                                .list()));
    }

    @Override
    @Transactional
    public void recordEmail(
            String projectId, String taskId, String workerId, EmailStatus emailStatus, @Nullable Instant notifiedAt) {
        // The task's row first, as every writer of a task's member rows takes it: UpdateWorkforceTask replaces
        // them under the row's update lock, in its own order, so updating them without this lock deadlocked
        // (one of the two transactions failed; seen as a 500 on the update). A share lock: mail outcomes of
        // one task do not wait for each other.
        jdbc.sql("select 1 from workforce_task where id = ? and project_id = ? for share")
                .params(taskId, projectId)
                .query()
                .listOfRows();
        jdbc.sql("""
                update workforce_task_worker
                set email_status = ?, last_notify_time = coalesce(?::timestamptz, last_notify_time)
                where task_id = ? and project_id = ? and email = (
                    select email from workforce_task_worker where task_id = ? and worker_id = ? and project_id = ?)
                """)
                .param(emailStatus.code())
                // may be null: param(@Nullable Object), since params(Object...) declares its values non-null
                .param(notifiedAt == null ? null : Timestamp.from(notifiedAt))
                .params(taskId, projectId, taskId, workerId, projectId)
                .update();
    }
}
