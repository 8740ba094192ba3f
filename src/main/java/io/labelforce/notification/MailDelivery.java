package io.labelforce.notification;

import io.labelforce.notification.MailOutbox.Claimed;
import io.labelforce.notification.MailOutbox.State;
import io.labelforce.task.EmailStatus;
import io.labelforce.task.TaskNotifications;
import io.labelforce.workforce.MemberStatus;
import io.labelforce.workforce.WorkerStatus;
import io.labelforce.workforce.WorkforceDirectory;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.mail.MailException;
import org.springframework.mail.MailSendException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends queued mails, in chunks of {@link #CHUNK}: claim them (a short transaction), send them over one SMTP
 * connection with no transaction open, then record the outcomes (short transactions: the outbox rows and the
 * member tasks or member statuses together). A mail
 * another replica holds, or one that failed in a way that may pass, stays open: {@link #deliver} then throws,
 * so that the event publication stays incomplete and is retried.
 */
@Service
class MailDelivery {

    private static final Logger log = LoggerFactory.getLogger(MailDelivery.class);
    /**
     * Mails claimed and sent together over one SMTP connection. Small enough that a chunk is done well
     * within the lease even when every step runs into its timeout.
     */
    static final int CHUNK = 10;

    /**
     * Jakarta Mail 2.1 looks its {@code StreamProvider} up through the {@link java.util.ServiceLoader} for every
     * body part and multipart it creates, scanning every jar of the class path each time; a third of the
     * invitation pipeline's CPU went there (docs/benchmarks.md, "Adding members"). Naming the provider in its
     * system property makes the lookup a class-name load. Set only when nobody chose another provider.
     */
    static final String STREAM_PROVIDER_PROPERTY = "jakarta.mail.util.StreamProvider";

    static {
        if (System.getProperty(STREAM_PROVIDER_PROPERTY) == null) {
            System.setProperty(STREAM_PROVIDER_PROPERTY, "org.eclipse.angus.mail.util.MailStreamProvider");
        }
    }

    private final MailOutbox outbox;
    private final JavaMailSender sender;
    private final TaskNotifications tasks;
    private final MemberStatus members;
    private final WorkforceDirectory directory;
    private final InvitationStore invitations;
    private final MailSettings settings;
    private final TransactionTemplate transactions;
    private final Clock clock;
    /** Who holds a claim, for diagnosis: one value per application instance. */
    private final String claimant = UUID.randomUUID().toString();

    MailDelivery(
            MailOutbox outbox,
            JavaMailSender sender,
            TaskNotifications tasks,
            MemberStatus members,
            WorkforceDirectory directory,
            InvitationStore invitations,
            MailSettings settings,
            PlatformTransactionManager transactionManager,
            Clock clock) {
        this.outbox = outbox;
        this.sender = sender;
        this.tasks = tasks;
        this.members = members;
        this.directory = directory;
        this.invitations = invitations;
        this.settings = settings;
        this.transactions = new TransactionTemplate(transactionManager);
        this.clock = clock;
    }

    /** Thrown when some mails are not final yet: the caller's event publication must stay incomplete. */
    static class NotDeliveredYet extends RuntimeException {
        NotDeliveredYet(int open, int total) {
            super(open + " of " + total + " mails are not delivered yet; they will be retried");
        }
    }

    void deliver(List<String> messageIds) {
        int open = 0;
        for (int from = 0; from < messageIds.size(); from += CHUNK) {
            open += deliverChunk(messageIds.subList(from, Math.min(from + CHUNK, messageIds.size())));
        }
        if (open > 0) {
            throw new NotDeliveredYet(open, messageIds.size());
        }
    }

    /** Whether the mail is final (sent, failed for good, cancelled) after this attempt. */
    boolean deliverOne(String id) {
        return deliverChunk(List.of(id)) == 0;
    }

    /**
     * Claims the chunk's open mails, sends them over one SMTP connection, records each outcome.
     *
     * @return how many of the chunk's mails are still open (held by another replica, or to be retried)
     */
    private int deliverChunk(List<String> ids) {
        Instant now = clock.instant();
        List<Claimed> claimed = transactions.execute(
                s -> outbox.claim(ids, claimant, now, now.plus(settings.retry().lease())));
        Set<String> claimedIds = claimed.stream().map(Claimed::id).collect(Collectors.toSet());
        int open = outbox.countOpen(
                ids.stream().filter(id -> !claimedIds.contains(id)).toList());
        List<Claimed> toSend = new ArrayList<>();
        for (Claimed mail : claimed) {
            if (mail.kind() == MailOutbox.Kind.INVITATION && !stillInvitable(mail)) {
                transactions.executeWithoutResult(s -> outbox.finish(
                        mail.id(),
                        State.CANCELLED,
                        "the link was replaced or used, or the member was removed or joined, meanwhile",
                        clock.instant()));
            } else {
                toSend.add(mail);
            }
        }
        Map<String, Exception> failures = send(toSend);
        List<Claimed> sent =
                toSend.stream().filter(mail -> !failures.containsKey(mail.id())).toList();
        if (!sent.isEmpty()) {
            recordSent(sent, clock.instant());
        }
        for (Claimed mail : toSend) {
            Exception failure = failures.get(mail.id());
            if (failure != null && !failed(mail, failure)) {
                open++;
            }
        }
        return open;
    }

    private void recordSent(List<Claimed> sent, Instant sentAt) {
        transactions.executeWithoutResult(s -> {
            outbox.finish(sent.stream().map(Claimed::id).toList(), State.SENT, null, sentAt);
            for (Claimed mail : sent) {
                if (mail.kind() == MailOutbox.Kind.TASK_NOTIFY && mail.taskId() != null) {
                    tasks.recordEmail(mail.projectId(), mail.taskId(), mail.workerId(), EmailStatus.SENT, sentAt);
                } else if (mail.kind() == MailOutbox.Kind.INVITATION && mail.workforceId() != null) {
                    members.markInvited(mail.projectId(), mail.workforceId(), mail.workerId());
                }
            }
        });
        sent.forEach(mail -> log.debug("Sent mail {} ({}) to {}", mail.id(), mail.kind(), mail.recipient()));
    }

    /**
     * Sends the mails over one connection ({@link JavaMailSender#send(MimeMessage...)} goes on after a
     * message fails and reports each failure); returns the failure of each mail that was not accepted.
     */
    private Map<String, Exception> send(List<Claimed> mails) {
        Map<String, Exception> failures = new HashMap<>();
        IdentityHashMap<MimeMessage, String> messages = new IdentityHashMap<>();
        List<MimeMessage> batch = new ArrayList<>();
        for (Claimed mail : mails) {
            try {
                MimeMessage message = message(mail);
                messages.put(message, mail.id());
                batch.add(message);
            } catch (MessagingException | MailException e) {
                failures.put(mail.id(), e);
            }
        }
        if (batch.isEmpty()) {
            return failures;
        }
        try {
            sender.send(batch.toArray(MimeMessage[]::new));
        } catch (MailSendException e) {
            if (e.getFailedMessages().isEmpty()) {
                messages.values().forEach(id -> failures.put(id, e));
            }
            e.getFailedMessages().forEach((message, failure) -> {
                String id = messages.get(message);
                if (id != null) {
                    failures.put(id, failure);
                }
            });
        } catch (MailException e) {
            messages.values().forEach(id -> failures.put(id, e));
        }
        return failures;
    }

    private boolean failed(Claimed mail, Exception e) {
        MailFailures.Kind kind = MailFailures.classify(e);
        String error = MailFailures.describe(e);
        Instant now = clock.instant();
        if (kind == MailFailures.Kind.TRANSIENT
                && mail.attempts() < settings.retry().maxAttempts()) {
            log.warn(
                    "Mail {} to {} not sent (attempt {}), will retry: {}",
                    mail.id(),
                    mail.recipient(),
                    mail.attempts(),
                    error);
            transactions.executeWithoutResult(s -> outbox.release(mail.id(), error, now));
            return false;
        }
        log.warn(
                "Mail {} to {} given up after attempt {} ({}): {}",
                mail.id(),
                mail.recipient(),
                mail.attempts(),
                kind,
                error);
        EmailStatus emailStatus = kind == MailFailures.Kind.MALFORMED ? EmailStatus.MALFORMED : EmailStatus.UNREACHABLE;
        transactions.executeWithoutResult(s -> {
            outbox.finish(mail.id(), State.FAILED, error, now);
            if (mail.kind() == MailOutbox.Kind.TASK_NOTIFY && mail.taskId() != null) {
                tasks.recordEmail(mail.projectId(), mail.taskId(), mail.workerId(), emailStatus, null);
            }
        });
        return true;
    }

    /**
     * An invitation is sent only while its link can still be used and the member has not joined: a newer
     * invitation, an acceptance or a removal while the mail waited (an SMTP outage) cancels it.
     */
    private boolean stillInvitable(Claimed mail) {
        return mail.workforceId() != null
                && mail.invitationId() != null
                && invitations.isOpen(mail.invitationId(), clock.instant())
                && directory
                        .findWorker(mail.projectId(), mail.workforceId(), mail.workerId())
                        .filter(w -> w.active() && w.status() != WorkerStatus.JOINED)
                        .isPresent();
    }

    /** Multipart (plain text and HTML) with a stable Message-ID, so a receiver can recognise a repeat. */
    private MimeMessage message(Claimed mail) throws MessagingException {
        MimeMessage message = sender.createMimeMessage();
        MimeMessageHelper helper = new MimeMessageHelper(message, true, StandardCharsets.UTF_8.name());
        helper.setFrom(settings.from());
        helper.setTo(new InternetAddress(mail.recipient(), true));
        helper.setSubject(mail.subject());
        helper.setText(mail.text(), mail.html());
        message.setHeader("Message-ID", "<" + mail.id() + "@labelforce>");
        message.setHeader("X-Labelforce-Mail", mail.id());
        return message;
    }
}
