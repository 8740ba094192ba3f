package io.labelforce.labeling;

import io.labelforce.common.DomainException;
import io.labelforce.task.TaskStarted;
import io.labelforce.task.TaskStatus;
import io.labelforce.task.TaskWorkflow;
import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Distributes a started task's samples after the start committed, and moves the task 0 → 1 in the same
 * transaction. The event publication stays incomplete until this returns, so a crash before the commit leaves the
 * task in 0 and {@link DistributionRetries} runs it again; a publication handled twice finds the task no longer
 * starting and does nothing.
 */
@Component
class DistributionListener {

    private static final Logger log = LoggerFactory.getLogger(DistributionListener.class);

    /** Copies inserted by one distribution from which the table's statistics are refreshed at once. */
    static final long ANALYZE_AFTER = 10_000;

    private final TaskWorkflow tasks;
    private final Distribution distribution;
    private final TransactionTemplate transaction;
    private final Clock clock;

    DistributionListener(TaskWorkflow tasks, Distribution distribution, TransactionTemplate transaction, Clock clock) {
        this.tasks = tasks;
        this.distribution = distribution;
        this.transaction = transaction;
        this.clock = clock;
    }

    @ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
    void on(TaskStarted event) {
        distribute(event);
    }

    /** Runs the distribution of a started task; a task that is gone or no longer starting is left alone. */
    void distribute(TaskStarted event) {
        var task = tasks.find(event.projectId(), event.datasetId(), event.taskId());
        if (task.isEmpty() || task.get().status() != TaskStatus.STARTING) {
            return;
        }
        try {
            Long samples = transaction.execute(status -> {
                // the task's row lock first: a concurrent run (a resubmitted publication) waits here, then fails
                tasks.move(event.projectId(), event.datasetId(), event.taskId(), TaskStatus.Move.DISTRIBUTED);
                var locked = tasks.find(event.projectId(), event.datasetId(), event.taskId())
                        .orElseThrow(() -> LabelingErrors.taskNotFound(event.taskId()));
                return distribution.distributeNew(locked, clock.instant());
            });
            log.info("Task {}: {} samples distributed", event.taskId(), samples);
            if (samples != null && samples * task.get().repetition() >= ANALYZE_AFTER) {
                // a large insert leaves the planner's statistics of the copies behind until autovacuum gets to
                // them; meanwhile the batch updates of labeling chose a scan of the whole task (docs/benchmarks.md)
                distribution.refreshStatistics();
            }
        } catch (DomainException e) {
            // the task moved on meanwhile (another run finished it, or it was deleted): nothing to do
            log.info("Task {} not distributed: {}", event.taskId(), e.getMessage());
        }
    }
}
