package io.labelforce.sample;

import java.time.Duration;
import org.springframework.modulith.events.FailedEventPublications;
import org.springframework.modulith.events.ResubmissionOptions;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Resumes imports whose run died with the process: the registry's staleness monitor marks such a publication
 * failed, and this resubmits it; {@link ImportRunner} then continues after the task's last committed page.
 */
@Component
class ImportRetries {

    static final Duration INTERVAL = Duration.ofMinutes(1);

    private final FailedEventPublications failed;

    ImportRetries(FailedEventPublications failed) {
        this.failed = failed;
    }

    @Scheduled(fixedDelayString = "PT1M", initialDelayString = "PT1M")
    void resubmit() {
        failed.resubmit(ResubmissionOptions.defaults()
                .withBatchSize(100)
                .withFilter(publication -> publication.getEvent() instanceof ImportRequested));
    }
}
