package io.labelforce.sample;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.task.TaskExecutor;
import org.springframework.modulith.events.FailedEventPublications;
import org.springframework.modulith.events.ResubmissionOptions;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Resumes imports whose run died with the process. Every minute, on every replica: tasks whose lease ran out (or
 * that were queued and never started) are handed to {@link ImportRunner}, which takes a task only if it wins the
 * lease, so a task still running elsewhere is never run twice and a dead one is taken over by exactly one runner.
 * Failed publications of {@link ImportRequested} (the registry's staleness monitor marks a publication failed after
 * 5 min, also when its import is merely long) are resubmitted too; they meet the same lease.
 */
@Component
class ImportRetries {

    static final Duration INTERVAL = Duration.ofMinutes(1);
    static final int MAX_PER_RUN = 10;

    private static final Logger log = LoggerFactory.getLogger(ImportRetries.class);

    private final FailedEventPublications failed;
    private final ImportTaskStore tasks;
    private final ImportRunner runner;
    private final TaskExecutor executor;
    private final SampleSettings settings;
    private final Clock clock;

    ImportRetries(
            FailedEventPublications failed,
            ImportTaskStore tasks,
            ImportRunner runner,
            @Qualifier("applicationTaskExecutor") TaskExecutor executor,
            SampleSettings settings,
            Clock clock) {
        this.failed = failed;
        this.tasks = tasks;
        this.runner = runner;
        this.executor = executor;
        this.settings = settings;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "PT1M", initialDelayString = "PT1M")
    void resubmit() {
        failed.resubmit(ResubmissionOptions.defaults()
                .withBatchSize(100)
                .withFilter(publication -> publication.getEvent() instanceof ImportRequested));
        resumeAbandoned();
    }

    /**
     * Hands the abandoned tasks to the runner on the application's task executor (an import may take long; the
     * scheduler's thread is shared). Returns the tasks handed over.
     */
    List<ImportTaskStore.TaskKey> resumeAbandoned() {
        Instant now = clock.instant();
        List<ImportTaskStore.TaskKey> abandoned = tasks.abandoned(now, now.minus(settings.importLease()), MAX_PER_RUN);
        for (ImportTaskStore.TaskKey task : abandoned) {
            log.info("Resuming import task {} of dataset {}: its run stopped", task.id(), task.datasetId());
            executor.execute(() -> runner.execute(task.projectId(), task.datasetId(), task.id()));
        }
        return abandoned;
    }
}
