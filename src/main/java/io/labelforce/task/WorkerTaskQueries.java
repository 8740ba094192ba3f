package io.labelforce.task;

import io.labelforce.common.Like;
import io.labelforce.common.PageParams;
import io.labelforce.task.TaskViews.SampleStats;
import io.labelforce.task.TaskViews.WorkerTask;
import io.labelforce.workforce.WorkerRole;
import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * ListWorkerTasks: the member tasks of one e-mail in a project, a page query and a count. Tasks still
 * in status 6 (created) are shown only to members who are their team administrator (the WorkerTask status on ModelArts API Reference › Data Management › Querying the Team Labeling Task List by a Team Member, ListWorkerTasks).
 */
@Repository
@Transactional(readOnly = true)
class WorkerTaskQueries {

    private static final String FROM = """
            from workforce_task_worker w join workforce_task t on t.id = w.task_id
            where w.project_id = :projectId and w.email = :email and (t.status <> :created or w.role = :administrator)
              and (cast(:pattern as varchar) is null or upper(t.name) like cast(:pattern as varchar) escape '\\')
            """;

    private final JdbcClient jdbc;
    private final TaskProgress progress;

    WorkerTaskQueries(JdbcClient jdbc, ObjectProvider<TaskProgress> progress) {
        this.jdbc = jdbc;
        // absent when only some modules run (an @ApplicationModuleTest): no task has figures then
        this.progress = progress.getIfAvailable(() -> (projectId, taskIds) -> java.util.Map.of());
    }

    TaskViews.WorkerTaskList list(String projectId, String email, WorkerTaskQuery query) {
        String pattern = query.searchContent().isEmpty() ? null : Like.containsIgnoreCase(query.searchContent());
        String direction = "asc".equals(query.order()) ? "asc" : "desc";
        String orderBy = "workforce_task_name".equals(query.sortBy())
                ? "t.name " + direction + ", t.id " + direction
                : "w.create_time " + direction + ", t.id " + direction;
        long count = jdbc.sql("select count(*) " + FROM)
                .param("projectId", projectId)
                .param("email", email)
                .param("pattern", pattern)
                .param("created", TaskStatus.CREATED.code())
                .param("administrator", WorkerRole.TEAM_ADMINISTRATOR.code())
                .query(Long.class)
                .single();
        List<WorkerTask> items = jdbc.sql("""
                select w.worker_id, w.email, w.role, t.id, t.name, t.dataset_id, t.dataset_type, t.status,
                       w.email_status, w.last_notify_time, w.create_time, w.update_time
                """ + FROM + " order by " + orderBy + " limit :limit offset :offset")
                .param("projectId", projectId)
                .param("email", email)
                .param("pattern", pattern)
                .param("created", TaskStatus.CREATED.code())
                .param("administrator", WorkerRole.TEAM_ADMINISTRATOR.code())
                .param("limit", query.page().limit())
                .param("offset", query.page().skip())
                .query((rs, n) -> new WorkerTask(
                        rs.getString("worker_id"),
                        rs.getString("email"),
                        WorkerRole.of(rs.getInt("role")),
                        rs.getString("id"),
                        rs.getString("name"),
                        rs.getString("dataset_id"),
                        rs.getInt("dataset_type"),
                        MemberTaskStatus.of(TaskStatus.of(rs.getInt("status"))),
                        EmailStatus.of(rs.getInt("email_status")),
                        rs.getTimestamp("last_notify_time") == null
                                ? 0
                                : rs.getTimestamp("last_notify_time").getTime(),
                        SampleStats.NONE,
                        0,
                        0,
                        rs.getTimestamp("create_time").getTime(),
                        rs.getTimestamp("update_time").getTime()))
                .list();
        Map<String, TaskProgress.Figures> figures = progress.figures(
                projectId, items.stream().map(WorkerTask::taskId).distinct().toList());
        return new TaskViews.WorkerTaskList(
                count,
                items.stream()
                        .map(item -> {
                            TaskProgress.Figures f = figures.get(item.taskId());
                            TaskProgress.Counts c = f == null
                                    ? TaskProgress.Counts.NONE
                                    : f.members().getOrDefault(item.workerId(), TaskProgress.Counts.NONE);
                            return new WorkerTask(
                                    item.workerId(),
                                    item.email(),
                                    item.role(),
                                    item.taskId(),
                                    item.workforceTaskName(),
                                    item.datasetId(),
                                    item.datasetType(),
                                    item.taskStatus(),
                                    item.emailStatus(),
                                    item.lastNotifyTime(),
                                    SampleStats.of(c),
                                    c.passRate(),
                                    c.score(),
                                    item.createTime(),
                                    item.updateTime());
                        })
                        .toList());
    }

    record WorkerTaskQuery(PageParams page, String sortBy, String order, String searchContent) {}
}
