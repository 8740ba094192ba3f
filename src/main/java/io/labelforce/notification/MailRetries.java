package io.labelforce.notification;

import io.labelforce.workforce.WorkerAdded;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.springframework.context.annotation.Configuration;
import org.springframework.modulith.events.EventPublication;
import org.springframework.modulith.events.FailedEventPublications;
import org.springframework.modulith.events.ResubmissionOptions;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;

/**
 * Retries with exponential backoff through Spring Modulith: every {@code retry.check-interval}, failed
 * publications of this module's events whose backoff has passed are resubmitted. The backoff of a
 * publication grows with the registry's own count of its resubmissions. The registry marks a publication
 * resubmitted with one conditional update, so of several replicas only one resubmits it; and a publication
 * whose handler died (crash) is marked failed by the registry's staleness monitor
 * ({@code spring.modulith.events.staleness.*}) and so comes back here too.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class MailRetries implements SchedulingConfigurer {

    private final FailedEventPublications failed;
    private final MailOutbox outbox;
    private final InvitationStore invitations;
    private final MailSettings settings;
    private final Clock clock;

    MailRetries(
            FailedEventPublications failed,
            MailOutbox outbox,
            InvitationStore invitations,
            MailSettings settings,
            Clock clock) {
        this.failed = failed;
        this.outbox = outbox;
        this.invitations = invitations;
        this.settings = settings;
        this.clock = clock;
    }

    @Override
    public void configureTasks(ScheduledTaskRegistrar registrar) {
        registrar.addFixedDelayTask(this::resubmitDue, settings.retry().checkInterval());
        registrar.addFixedDelayTask(this::forgetOldMail, Duration.ofHours(1));
    }

    /**
     * The registry reads at most {@code batch-size} failed publications, oldest first, and only then applies
     * the filter; a large batch keeps publications whose backoff has passed from waiting behind others.
     */
    void resubmitDue() {
        Instant now = clock.instant();
        failed.resubmit(ResubmissionOptions.defaults()
                .withBatchSize(settings.retry().batchSize())
                .withFilter(publication -> handledHere(publication) && due(publication, now)));
    }

    /** Final mails (their bodies are already erased) and closed invitations go after {@code retention}. */
    void forgetOldMail() {
        Instant before = clock.instant().minus(settings.retention());
        outbox.deleteFinishedBefore(before);
        invitations.deleteClosedBefore(before);
    }

    private static boolean handledHere(EventPublication publication) {
        return publication.getEvent() instanceof MailQueued || publication.getEvent() instanceof WorkerAdded;
    }

    private boolean due(EventPublication publication, Instant now) {
        Instant resubmitted = publication.getLastResubmissionDate();
        return due(
                resubmitted != null ? resubmitted : publication.getPublicationDate(),
                publication.getCompletionAttempts(),
                now,
                settings.retry());
    }

    /** Whether a publication last tried at {@code last}, {@code attempts} times, has waited out its backoff. */
    static boolean due(Instant last, int attempts, Instant now, MailSettings.Retry retry) {
        return !now.isBefore(last.plus(retry.backoff(attempts)));
    }
}
