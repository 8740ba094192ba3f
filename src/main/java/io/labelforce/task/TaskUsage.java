package io.labelforce.task;

import io.labelforce.dataset.DatasetUsage;
import io.labelforce.dataset.DatasetVersionUsage;
import io.labelforce.workforce.WorkforceUsage;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Tells the dataset and workforce modules what tasks use, one query per question. A team that any task
 * uses cannot be deleted; a member assigned to a task that is not finished cannot be removed; a dataset
 * with an unfinished task cannot be deleted.
 */
@Component
class TaskUsage implements DatasetUsage, DatasetVersionUsage, WorkforceUsage {

    private final JdbcClient jdbc;

    TaskUsage(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Map<String, Long> workforceTaskCounts(String projectId, Collection<String> datasetIds) {
        Map<String, Long> counts = new HashMap<>();
        jdbc.sql("""
                select dataset_id, count(*) as tasks from workforce_task
                where project_id = ? and dataset_id = any(?) group by dataset_id
                """).params(projectId, datasetIds.toArray(String[]::new)).query(rs -> {
            counts.put(rs.getString("dataset_id"), rs.getLong("tasks"));
        });
        return counts;
    }

    @Override
    public boolean hasUnfinishedTasks(String projectId, String datasetId) {
        return jdbc.sql(
                        "select exists (select 1 from workforce_task where project_id = ? and dataset_id = ? and status <> ?)")
                .params(projectId, datasetId, TaskStatus.PASSED.code())
                .query(Boolean.class)
                .single();
    }

    @Override
    public boolean isVersionUsed(String projectId, String datasetId, String versionId) {
        return jdbc.sql("select exists (select 1 from workforce_task where project_id = ? and dataset_id = ?"
                        + " and version_id = ?)")
                .params(projectId, datasetId, versionId)
                .query(Boolean.class)
                .single();
    }

    @Override
    public boolean isWorkforceInUse(String projectId, String workforceId) {
        return jdbc.sql("""
                select exists (select 1 from workforce_task_team tt join workforce_task t on t.id = tt.task_id
                               where t.project_id = ? and tt.workforce_id = ?)
                """).params(projectId, workforceId).query(Boolean.class).single();
    }

    @Override
    public Set<String> workersInUse(String projectId, String workforceId, Collection<String> workerIds) {
        return new HashSet<>(jdbc.sql("""
                select distinct w.worker_id from workforce_task_worker w join workforce_task t on t.id = w.task_id
                where w.project_id = ? and w.workforce_id = ? and w.worker_id = any(?) and t.status <> ?
                """)
                .params(projectId, workforceId, workerIds.toArray(String[]::new), TaskStatus.PASSED.code())
                .query(String.class)
                .list());
    }

    @Override
    public Set<String> workforcesOfTask(String projectId, String workforceTaskId) {
        return new HashSet<>(jdbc.sql("""
                select tt.workforce_id from workforce_task_team tt join workforce_task t on t.id = tt.task_id
                where t.project_id = ? and t.id = ?
                """)
                .params(projectId, workforceTaskId)
                .query(String.class)
                .list());
    }
}
