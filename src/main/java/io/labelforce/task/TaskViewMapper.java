package io.labelforce.task;

import io.labelforce.dataset.DatasetDirectory.DatasetSummary;
import io.labelforce.dataset.LabelCount;
import io.labelforce.dataset.SampleCounts;
import io.labelforce.task.TaskAssignments.AssignedTeam;
import io.labelforce.task.TaskAssignments.AssignedWorker;
import io.labelforce.task.TaskViews.LabelStats;
import io.labelforce.task.TaskViews.SampleStats;
import io.labelforce.task.TaskViews.WorkerTask;
import io.labelforce.task.TaskViews.WorkerView;
import io.labelforce.task.TaskViews.WorkforceStats;
import io.labelforce.task.TaskViews.WorkforceView;
import io.labelforce.task.TaskViews.WorkforcesConfigView;
import io.labelforce.workforce.WorkerRole;
import io.labelforce.workforce.WorkforceDirectory;
import io.labelforce.workforce.WorkforceRef;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Builds task views for a page of tasks with a fixed number of queries: the assignments of all tasks (two),
 * the names of all their teams (one); dataset data is passed in by the caller.
 */
@Component
class TaskViewMapper {

    private final TaskAssignments assignments;
    private final WorkforceDirectory directory;
    private final TaskProgress progress;

    TaskViewMapper(TaskAssignments assignments, WorkforceDirectory directory, ObjectProvider<TaskProgress> progress) {
        this.assignments = assignments;
        this.directory = directory;
        // absent when only some modules run (an @ApplicationModuleTest): no task has figures then
        this.progress = progress.getIfAvailable(() -> (projectId, taskIds) -> java.util.Map.of());
    }

    /** What a view may include beyond the task itself. */
    record Include(boolean workforceStats, boolean sampleStats, boolean labelStats, boolean workerStats) {}

    List<TaskViews.WorkforceTask> views(
            String projectId,
            List<WorkforceTaskEntity> tasks,
            DatasetSummary dataset,
            SampleCounts counts,
            Map<String, LabelCount> labelCounts,
            Include include) {
        Map<String, List<AssignedTeam>> assigned =
                assignments.load(tasks.stream().map(WorkforceTaskEntity::getId).toList());
        Set<String> teamIds = assigned.values().stream()
                .flatMap(List::stream)
                .map(AssignedTeam::workforceId)
                .collect(Collectors.toSet());
        Map<String, String> teamNames = teamNames(projectId, teamIds);
        Map<String, TaskProgress.Figures> figures = progress.figures(
                projectId, tasks.stream().map(WorkforceTaskEntity::getId).toList());
        return tasks.stream()
                .map(task -> view(
                        task,
                        figures.get(task.getId()),
                        assigned.getOrDefault(task.getId(), List.of()),
                        teamNames,
                        dataset,
                        counts,
                        labelCounts,
                        include))
                .toList();
    }

    private Map<String, String> teamNames(String projectId, Collection<String> teamIds) {
        if (teamIds.isEmpty()) {
            return Map.of();
        }
        return directory.findWorkforces(projectId, teamIds).stream()
                .collect(Collectors.toMap(WorkforceRef::workforceId, WorkforceRef::workforceName));
    }

    private static TaskViews.WorkforceTask view(
            WorkforceTaskEntity task,
            TaskProgress.@Nullable Figures figures,
            List<AssignedTeam> teams,
            Map<String, String> teamNames,
            DatasetSummary dataset,
            SampleCounts counts,
            Map<String, LabelCount> labelCounts,
            Include include) {
        List<AssignedWorker> workers =
                teams.stream().flatMap(team -> team.workers().stream()).toList();
        WorkforcesConfigView config = new WorkforcesConfigView(
                task.getAgency(),
                teams.stream()
                        .map(team -> new WorkforceView(
                                team.workforceId(),
                                teamNames.get(team.workforceId()),
                                team.workers().stream()
                                        .map(w -> new WorkerView(w.email(), w.workerId(), w.role()))
                                        .toList()))
                        .toList());
        WorkforceStats workforceStats = include.workforceStats()
                ? new WorkforceStats(
                        teams.size(),
                        (int) workers.stream()
                                .filter(w -> w.role() == WorkerRole.LABELER)
                                .count(),
                        (int) workers.stream()
                                .filter(w -> w.role() == WorkerRole.REVIEWER)
                                .count())
                : null;
        List<LabelStats> labelStats = include.labelStats()
                ? task.getLabels().stream()
                        .map(label -> {
                            LabelCount used = labelCounts.getOrDefault(label.name(), LabelCount.NONE);
                            return new LabelStats(
                                    label.name(),
                                    label.type(),
                                    label.property(),
                                    label.attributes(),
                                    used.count(),
                                    used.sampleCount());
                        })
                        .toList()
                : null;
        List<WorkerTask> workerStats = include.workerStats()
                ? workers.stream()
                        .map(w -> workerTask(
                                task,
                                w,
                                figures == null
                                        ? TaskProgress.Counts.NONE
                                        : figures.members().getOrDefault(w.workerId(), TaskProgress.Counts.NONE)))
                        .toList()
                : null;
        return new TaskViews.WorkforceTask(
                task.getId(),
                task.getName(),
                task.getDescription(),
                task.getDatasetId(),
                task.getVersionId(),
                task.getStatus(),
                task.getRepetition(),
                task.isAutoSyncDataset(),
                task.isSynchronizeData(),
                task.isSynchronizeAutoLabelingData(),
                task.getDataSyncType(),
                task.getSampleConditions(),
                config,
                workforceStats,
                include.sampleStats()
                        ? figures == null ? SampleStats.of(counts) : SampleStats.of(figures.task())
                        : null,
                labelStats,
                task.getCreateTime().toEpochMilli(),
                task.getUpdateTime().toEpochMilli(),
                workerStats,
                task.getProjectId(),
                task.getTaskType(),
                dataset.datasetName(),
                counts.total(),
                counts.annotated(),
                true,
                figures == null ? 0 : figures.checkRate(),
                figures == null ? 0 : figures.task().passRate(),
                figures == null ? 0 : figures.task().score());
    }

    /** A member task with the member's copies (zero until samples are distributed). */
    static WorkerTask workerTask(WorkforceTaskEntity task, AssignedWorker w, TaskProgress.Counts counts) {
        return new WorkerTask(
                w.workerId(),
                w.email(),
                w.role(),
                task.getId(),
                task.getName(),
                task.getDatasetId(),
                task.getDatasetType(),
                MemberTaskStatus.of(task.getStatus()),
                w.emailStatus(),
                epochMilli(w.lastNotifyTime()),
                SampleStats.of(counts),
                counts.passRate(),
                counts.score(),
                w.createTime().toEpochMilli(),
                w.updateTime().toEpochMilli());
    }

    static long epochMilli(@org.jspecify.annotations.Nullable Instant instant) {
        return instant == null ? 0 : instant.toEpochMilli();
    }
}
