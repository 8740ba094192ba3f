package io.labelforce.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The retry backoff without Spring: doubling from the initial delay, capped, and when a retry is due. */
class MailRetriesTests {

    private static final MailSettings.Retry RETRY = new MailSettings.Retry(
            Duration.ofSeconds(10), Duration.ofSeconds(30), Duration.ofHours(1), 20, Duration.ofMinutes(5), 1000);

    @Test
    void theBackoffDoublesFromTheInitialDelayUpToTheMaximum() {
        assertThat(RETRY.backoff(0)).isEqualTo(Duration.ofSeconds(30));
        assertThat(RETRY.backoff(1)).isEqualTo(Duration.ofMinutes(1));
        assertThat(RETRY.backoff(2)).isEqualTo(Duration.ofMinutes(2));
        assertThat(RETRY.backoff(6)).isEqualTo(Duration.ofMinutes(32));
        assertThat(RETRY.backoff(7)).isEqualTo(Duration.ofHours(1));
        assertThat(RETRY.backoff(1_000)).isEqualTo(Duration.ofHours(1));
        assertThat(RETRY.backoff(Integer.MAX_VALUE)).isEqualTo(Duration.ofHours(1));
        assertThat(RETRY.backoff(-1)).isEqualTo(Duration.ofSeconds(30));
    }

    @Test
    void aHugeInitialDelayIsCappedToo() {
        MailSettings.Retry slow = new MailSettings.Retry(
                Duration.ofSeconds(10),
                Duration.ofDays(365 * 1000L),
                Duration.ofHours(1),
                20,
                Duration.ofMinutes(5),
                1000);
        assertThat(slow.backoff(30)).isEqualTo(Duration.ofHours(1));
    }

    @Test
    void aRetryIsDueOnceItsBackoffHasPassedSinceTheLastAttempt() {
        Instant last = Instant.parse("2026-12-02T10:00:00Z");
        assertThat(MailRetries.due(last, 0, last.plusSeconds(29), RETRY)).isFalse();
        assertThat(MailRetries.due(last, 0, last.plusSeconds(30), RETRY)).isTrue();
        assertThat(MailRetries.due(last, 3, last.plusSeconds(239), RETRY)).isFalse();
        assertThat(MailRetries.due(last, 3, last.plusSeconds(240), RETRY)).isTrue();
        assertThat(MailRetries.due(last, 50, last.plus(Duration.ofMinutes(59)), RETRY))
                .isFalse();
        assertThat(MailRetries.due(last, 50, last.plus(Duration.ofHours(1)), RETRY))
                .isTrue();
    }
}
