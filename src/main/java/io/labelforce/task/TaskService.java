package io.labelforce.task;

import io.labelforce.common.PageParams;
import io.labelforce.common.Paging;
import io.labelforce.dataset.DatasetDirectory;
import io.labelforce.dataset.DatasetDirectory.DatasetSummary;
import io.labelforce.dataset.LabelCount;
import io.labelforce.dataset.SampleCounts;
import io.labelforce.workforce.WorkerRole;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional(readOnly = true)
class TaskService {

    private final WorkforceTaskRepository tasks;
    private final TaskAssignments assignments;
    private final AssignmentResolver resolver;
    private final TaskViewMapper mapper;
    private final DatasetDirectory datasets;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    TaskService(
            WorkforceTaskRepository tasks,
            TaskAssignments assignments,
            AssignmentResolver resolver,
            TaskViewMapper mapper,
            DatasetDirectory datasets,
            ApplicationEventPublisher events,
            Clock clock) {
        this.tasks = tasks;
        this.assignments = assignments;
        this.resolver = resolver;
        this.mapper = mapper;
        this.datasets = datasets;
        this.events = events;
        this.clock = clock;
    }

    @Transactional
    TaskViews.TaskId create(String projectId, String datasetId, CreateTaskRequest request) {
        DatasetSummary dataset = dataset(projectId, datasetId);
        Assignment assignment =
                request.workforcesConfig() == null ? null : resolver.resolve(projectId, request.workforcesConfig());
        WorkforceTaskEntity task = new WorkforceTaskEntity(
                projectId,
                datasetId,
                dataset.datasetType(),
                request,
                request.labels() != null ? request.labels() : dataset.labels(),
                clock.instant());
        if (assignment != null) {
            task.delegateTo(assignment.agency());
        }
        tasks.saveAndFlush(task);
        if (assignment != null) {
            assignments.replace(projectId, task.getId(), assignment, clock.instant());
        }
        return new TaskViews.TaskId(task.getId());
    }

    TaskViews.TaskList list(String projectId, String datasetId, PageParams paging) {
        DatasetSummary dataset = dataset(projectId, datasetId);
        Page<WorkforceTaskEntity> page = tasks.findByProjectIdAndDatasetId(
                projectId, datasetId, paging.pageable(Paging.sort("createTime", "desc", "id")));
        SampleCounts counts = datasets.sampleCounts(projectId, datasetId);
        return new TaskViews.TaskList(
                page.getTotalElements(),
                mapper.views(
                        projectId,
                        page.getContent(),
                        dataset,
                        counts,
                        Map.of(),
                        new TaskViewMapper.Include(true, true, false, false)));
    }

    Versioned<TaskViews.WorkforceTask> get(
            String projectId, String datasetId, String taskId, TaskViewMapper.Include include) {
        WorkforceTaskEntity task =
                tasks.find(projectId, datasetId, taskId).orElseThrow(() -> TaskErrors.notFound(taskId));
        DatasetSummary dataset = dataset(projectId, datasetId);
        SampleCounts counts = include.sampleStats() ? datasets.sampleCounts(projectId, datasetId) : SampleCounts.NONE;
        Map<String, LabelCount> labelCounts =
                include.labelStats() ? datasets.labelCounts(projectId, datasetId) : Map.of();
        TaskViews.WorkforceTask view = mapper.views(projectId, List.of(task), dataset, counts, labelCounts, include)
                .get(0);
        return new Versioned<>(view, task.getVersion());
    }

    @Transactional
    long update(
            String projectId,
            String datasetId,
            String taskId,
            UpdateTaskRequest request,
            @Nullable Long expectedVersion) {
        checkIds(datasetId, taskId, request.datasetId(), request.taskId());
        WorkforceTaskEntity task = lock(projectId, datasetId, taskId, expectedVersion);
        task.checkUpdatable();
        if (request.taskName() != null) {
            task.rename(request.taskName());
        }
        if (request.description() != null) {
            task.describe(request.description());
        }
        if (request.workforcesConfig() != null) {
            assign(projectId, task, request.workforcesConfig());
            if (task.getStatus() == TaskStatus.RUNNING || task.getStatus() == TaskStatus.STARTING) {
                checkLabelers(task);
                // handled in this transaction by the labeling module: unfinished copies of members who left move
                events.publishEvent(new TaskReassigned(projectId, datasetId, taskId));
            }
        }
        task.touch(clock.instant());
        tasks.flush();
        return task.getVersion();
    }

    @Transactional
    long start(
            String projectId,
            String datasetId,
            String taskId,
            @Nullable StartTaskRequest request,
            @Nullable Long expectedVersion) {
        if (request != null) {
            checkIds(datasetId, taskId, request.datasetId(), request.taskId());
        }
        WorkforceTaskEntity task = lock(projectId, datasetId, taskId, expectedVersion);
        task.checkStartable();
        if (request != null && request.workforcesConfig() != null) {
            assign(projectId, task, request.workforcesConfig());
        }
        checkLabelers(task);
        task.move(TaskStatus.Move.START);
        task.touch(clock.instant());
        tasks.flush();
        // distribution runs after the commit from the event publication registry, so a crash resumes it
        events.publishEvent(new TaskStarted(projectId, datasetId, taskId));
        return task.getVersion();
    }

    @Transactional
    void delete(String projectId, String datasetId, String taskId, @Nullable Long expectedVersion) {
        WorkforceTaskEntity task = lock(projectId, datasetId, taskId, expectedVersion);
        task.checkDeletable();
        tasks.delete(task);
    }

    private void assign(String projectId, WorkforceTaskEntity task, WorkforcesConfig config) {
        Assignment assignment = resolver.resolve(projectId, config);
        task.delegateTo(assignment.agency());
        assignments.replace(projectId, task.getId(), assignment, clock.instant());
    }

    /** A task run by its own members needs {@code repetition} labelers; a delegated one may start empty. */
    private void checkLabelers(WorkforceTaskEntity task) {
        if (task.getAgency() == null) {
            int labelers = countLabelers(task);
            if (labelers < task.getRepetition()) {
                throw TaskErrors.tooFewLabelers(task.getRepetition(), labelers);
            }
        }
    }

    private int countLabelers(WorkforceTaskEntity task) {
        return (int) assignments.load(List.of(task.getId())).getOrDefault(task.getId(), List.of()).stream()
                .flatMap(team -> team.workers().stream())
                .filter(worker -> worker.role() == WorkerRole.LABELER)
                .count();
    }

    private WorkforceTaskEntity lock(String projectId, String datasetId, String taskId, @Nullable Long expected) {
        WorkforceTaskEntity task =
                tasks.lock(projectId, datasetId, taskId).orElseThrow(() -> TaskErrors.notFound(taskId));
        if (expected != null && expected != task.getVersion()) {
            throw TaskErrors.versionMismatch(task.getVersion());
        }
        return task;
    }

    private DatasetSummary dataset(String projectId, String datasetId) {
        return datasets.find(projectId, datasetId).orElseThrow(() -> TaskErrors.datasetNotFound(datasetId));
    }

    private static void checkIds(
            String datasetId, String taskId, @Nullable String bodyDatasetId, @Nullable String bodyTaskId) {
        if (bodyDatasetId != null && !bodyDatasetId.isEmpty() && !bodyDatasetId.equals(datasetId)) {
            throw TaskErrors.invalid("dataset_id: must match the dataset in the path");
        }
        if (bodyTaskId != null && !bodyTaskId.isEmpty() && !bodyTaskId.equals(taskId)) {
            throw TaskErrors.invalid("task_id: must match the task in the path");
        }
    }

    /** A value with the version it was read at (the ETag). */
    record Versioned<T>(T value, long version) {}
}
