package io.labelforce.notification;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * {@code labelforce.mail.*}; the SMTP server itself is Spring Boot's {@code spring.mail.*}.
 *
 * @param from the sender of every mail
 * @param inviteOnCreate whether adding a member queues an invitation e-mail
 * @param invitationUrl the link in an invitation; {@code {token}} is replaced by the invitation's secret
 * @param invitationTtl how long an invitation link can be used
 * @param notifyInterval minimum time between two notifications of one member about one task (ModelArts.4627)
 * @param inviteInterval minimum time between two invitations of one member (ModelArts.4627)
 * @param retention how long sent, failed and cancelled mails and closed invitations are kept
 * @param retry how undelivered mails are retried
 */
@Validated
@ConfigurationProperties("labelforce.mail")
record MailSettings(
        @DefaultValue("Labelforce <no-reply@labelforce.local>") @NotBlank
        String from,

        @DefaultValue("true") boolean inviteOnCreate,

        @DefaultValue("http://localhost:8080/invitations/{token}")
        @Pattern(regexp = ".*\\{token}.*", message = "must contain {token}")
        String invitationUrl,

        @DefaultValue("7d") Duration invitationTtl,
        @DefaultValue("1m") Duration notifyInterval,
        @DefaultValue("1m") Duration inviteInterval,
        @DefaultValue("30d") Duration retention,
        @DefaultValue @Valid Retry retry) {

    /**
     * @param checkInterval how often failed deliveries are looked at
     * @param initialDelay the wait before the first retry; each later retry waits twice as long as the one before
     * @param maxDelay the longest wait between two retries
     * @param maxAttempts after this many failed attempts a mail is given up ({@code email_status} 2)
     * @param lease how long a replica owns the mails it is sending; longer than a chunk's SMTP timeouts together
     * @param batchSize how many failed event publications one check looks at
     */
    record Retry(
            @DefaultValue("10s") Duration checkInterval,
            @DefaultValue("30s") Duration initialDelay,
            @DefaultValue("1h") Duration maxDelay,
            @DefaultValue("20") @Min(1) int maxAttempts,
            @DefaultValue("5m") Duration lease,
            @DefaultValue("1000") @Min(1) int batchSize) {

        /** The wait before retry number {@code attempts + 1}: initial × 2^attempts, at most {@code maxDelay}. */
        Duration backoff(int attempts) {
            // doubling stops at maxDelay, so no multiplication can exceed what a Duration holds
            Duration delay = initialDelay;
            for (int i = 0; i < Math.min(attempts, 62) && delay.compareTo(maxDelay) < 0; i++) {
                delay = delay.multipliedBy(2);
            }
            return delay.compareTo(maxDelay) > 0 ? maxDelay : delay;
        }
    }
}
