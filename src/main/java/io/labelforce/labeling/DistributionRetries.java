package io.labelforce.labeling;

import io.labelforce.task.TaskStarted;
import org.springframework.modulith.events.FailedEventPublications;
import org.springframework.modulith.events.ResubmissionOptions;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Resumes distributions whose run died with the process: the registry's staleness monitor marks such a publication
 * failed, and this resubmits it; {@link DistributionListener} then runs the distribution again (one transaction,
 * so nothing of the dead run was kept).
 */
@Component
class DistributionRetries {

    private final FailedEventPublications failed;

    DistributionRetries(FailedEventPublications failed) {
        this.failed = failed;
    }

    @Scheduled(fixedDelayString = "PT1M", initialDelayString = "PT1M")
    void resubmit() {
        failed.resubmit(ResubmissionOptions.defaults()
                .withBatchSize(100)
                .withFilter(publication -> publication.getEvent() instanceof TaskStarted));
    }
}
