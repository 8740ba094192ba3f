package io.labelforce.labeling;

import io.labelforce.task.TaskStatus;
import io.labelforce.task.TaskWorkflow;
import io.labelforce.task.TaskWorkflow.WorkflowTask;
import java.time.Clock;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * {@code synchronize_data} (decision W26): samples added to the dataset after the start reach a running task at the
 * next read of its samples (ListWorkforceTaskSamples, ListWorkforceTaskStats). The check is two single-row reads
 * (the dataset's samples-ever-added counter against the value at the last distribution); only when it grew does
 * a distribution of the new samples run, in a transaction of its own under the task's row lock.
 */
@Component
class Synchronizer {

    private final TaskWorkflow tasks;
    private final Distribution distribution;
    private final TransactionTemplate transaction;
    private final Clock clock;

    Synchronizer(TaskWorkflow tasks, Distribution distribution, PlatformTransactionManager manager, Clock clock) {
        this.tasks = tasks;
        this.distribution = distribution;
        this.transaction = new TransactionTemplate(manager);
        this.transaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.clock = clock;
    }

    void syncIfGrown(WorkflowTask task) {
        if (!task.synchronizeData() || task.status() != TaskStatus.RUNNING || !distribution.datasetGrew(task)) {
            return;
        }
        transaction.executeWithoutResult(status -> tasks.lock(task.projectId(), task.datasetId(), task.taskId())
                .filter(locked -> locked.status() == TaskStatus.RUNNING)
                .ifPresent(locked -> distribution.distributeNew(locked, clock.instant())));
    }
}
