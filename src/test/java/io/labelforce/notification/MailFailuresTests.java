package io.labelforce.notification;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import java.net.ConnectException;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import org.eclipse.angus.mail.smtp.SMTPAddressFailedException;
import org.eclipse.angus.mail.smtp.SMTPSendFailedException;
import org.junit.jupiter.api.Test;
import org.springframework.mail.MailAuthenticationException;
import org.springframework.mail.MailSendException;

/** Which failures are final (email_status 1 or 2) and which are retried; how long retries wait. */
class MailFailuresTests {

    private static MailSendException refused(Exception perMessage) {
        Map<Object, Exception> failed = new LinkedHashMap<>();
        failed.put("message", perMessage);
        return new MailSendException(failed);
    }

    private static SendFailedException recipientRefused(int code) throws AddressException {
        InternetAddress address = new InternetAddress("x@example.com");
        SMTPAddressFailedException cause =
                new SMTPAddressFailedException(address, "RCPT TO:<x@example.com>", code, code + " refused");
        return new SendFailedException(
                "Invalid Addresses", cause, new Address[0], new Address[0], new Address[] {address});
    }

    @Test
    void aRefusedRecipientIsFinalOnA5xxAndRetriedOnA4xx() throws Exception {
        assertThat(MailFailures.classify(refused(recipientRefused(550)))).isEqualTo(MailFailures.Kind.UNREACHABLE);
        assertThat(MailFailures.classify(refused(recipientRefused(553)))).isEqualTo(MailFailures.Kind.MALFORMED);
        assertThat(MailFailures.classify(refused(recipientRefused(501)))).isEqualTo(MailFailures.Kind.MALFORMED);
        assertThat(MailFailures.classify(refused(recipientRefused(450)))).isEqualTo(MailFailures.Kind.TRANSIENT);
        assertThat(MailFailures.classify(refused(recipientRefused(452)))).isEqualTo(MailFailures.Kind.TRANSIENT);
    }

    @Test
    void aRefusedMessageIsFinalOnlyOnA5xx() {
        SMTPSendFailedException tooBig =
                new SMTPSendFailedException("DATA", 552, "552 too big", null, null, null, null);
        SMTPSendFailedException later =
                new SMTPSendFailedException("DATA", 451, "451 try later", null, null, null, null);
        assertThat(MailFailures.classify(refused(tooBig))).isEqualTo(MailFailures.Kind.UNREACHABLE);
        assertThat(MailFailures.classify(refused(later))).isEqualTo(MailFailures.Kind.TRANSIENT);
    }

    @Test
    void anUnparsableAddressIsMalformedAndAnOutageIsTransient() {
        assertThat(MailFailures.classify(new AddressException("Missing final '@domain'", "bob")))
                .isEqualTo(MailFailures.Kind.MALFORMED);
        MailSendException down = new MailSendException(
                "Mail server connection failed",
                new MessagingException("Couldn't connect", new ConnectException("Connection refused")));
        assertThat(MailFailures.classify(down)).isEqualTo(MailFailures.Kind.TRANSIENT);
        assertThat(MailFailures.describe(down)).contains("Mail server connection failed", "Connection refused");
        assertThat(MailFailures.classify(new MailAuthenticationException("535 bad credentials")))
                .isEqualTo(MailFailures.Kind.TRANSIENT);
    }

    @Test
    void retriesWaitTwiceAsLongEachTimeUpToTheMaximum() {
        MailSettings.Retry retry = new MailSettings.Retry(
                Duration.ofSeconds(10), Duration.ofSeconds(30), Duration.ofHours(1), 20, Duration.ofMinutes(2), 1000);
        assertThat(retry.backoff(0)).isEqualTo(Duration.ofSeconds(30));
        assertThat(retry.backoff(1)).isEqualTo(Duration.ofMinutes(1));
        assertThat(retry.backoff(3)).isEqualTo(Duration.ofMinutes(4));
        assertThat(retry.backoff(7)).isEqualTo(Duration.ofHours(1));
        assertThat(retry.backoff(500)).isEqualTo(Duration.ofHours(1));
    }
}
