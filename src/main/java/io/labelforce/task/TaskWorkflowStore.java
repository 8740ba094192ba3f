package io.labelforce.task;

import io.labelforce.workforce.WorkerRole;
import java.time.Clock;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** {@link TaskWorkflow} on the task tables: a task and its members in two statements. */
@Component
@Transactional(readOnly = true)
class TaskWorkflowStore implements TaskWorkflow {

    private final WorkforceTaskRepository tasks;
    private final JdbcClient jdbc;
    private final Clock clock;

    TaskWorkflowStore(WorkforceTaskRepository tasks, JdbcClient jdbc, Clock clock) {
        this.tasks = tasks;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public Optional<WorkflowTask> find(String projectId, String datasetId, String taskId) {
        return tasks.find(projectId, datasetId, taskId).map(task -> view(projectId, task));
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public Optional<WorkflowTask> lock(String projectId, String datasetId, String taskId) {
        return tasks.lock(projectId, datasetId, taskId).map(task -> view(projectId, task));
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public TaskStatus move(String projectId, String datasetId, String taskId, TaskStatus.Move move) {
        WorkforceTaskEntity task =
                tasks.lock(projectId, datasetId, taskId).orElseThrow(() -> TaskErrors.notFound(taskId));
        TaskStatus status = task.move(move);
        task.touch(clock.instant());
        tasks.flush();
        return status;
    }

    private WorkflowTask view(String projectId, WorkforceTaskEntity task) {
        return new WorkflowTask(
                projectId,
                task.getDatasetId(),
                task.getId(),
                task.getName(),
                task.getStatus(),
                task.getRepetition(),
                task.isAutoSyncDataset(),
                task.isSynchronizeData(),
                task.getSampleConditions(),
                task.getLabels().stream()
                        .map(l -> new TaskLabel(l.name(), l.type(), l.property()))
                        .toList(),
                jdbc.sql("""
                        select worker_id, workforce_id, email, role from workforce_task_worker
                        where task_id = ? and project_id = ? order by worker_id
                        """)
                        .params(task.getId(), projectId)
                        .query((rs, n) -> new Member(
                                rs.getString("worker_id"),
                                rs.getString("workforce_id"),
                                rs.getString("email"),
                                WorkerRole.of(rs.getInt("role"))))
                        .list());
    }
}
