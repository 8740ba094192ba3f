package io.labelforce.notification;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import io.labelforce.notification.MailOutbox.Claimed;
import io.labelforce.notification.MailOutbox.State;
import io.labelforce.task.TaskNotifications;
import io.labelforce.workforce.MemberStatus;
import io.labelforce.workforce.WorkerRef;
import io.labelforce.workforce.WorkforceDirectory;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends queued mails. Per mail: claim it (a short transaction), send it with no transaction open, then record
 * the outcome (a short transaction: the outbox row and the member task or member status together). A mail
 * another replica holds, or one that failed in a way that may pass, stays open: {@link #deliver} then throws,
 * so that the event publication stays incomplete and is retried.
 */
@Service
class MailDelivery {

    private static final Logger log = LoggerFactory.getLogger(MailDelivery.class);

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

    MailDelivery(MailOutbox outbox, JavaMailSender sender, TaskNotifications tasks, MemberStatus members,
            WorkforceDirectory directory, InvitationStore invitations, MailSettings settings,
            PlatformTransactionManager transactionManager, Clock clock) {
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
        for (String id : messageIds) {
            if (!deliverOne(id)) {
                open++;
            }
        }
        if (open > 0) {
            throw new NotDeliveredYet(open, messageIds.size());
        }
    }

    /** Whether the mail is final (sent, failed for good, cancelled) after this attempt. */
    boolean deliverOne(String id) {
        Instant now = clock.instant();
        Claimed mail = transactions.execute(s ->
                outbox.claim(id, claimant, now, now.plus(settings.retry().lease())).orElse(null));
        if (mail == null) {
            State state = outbox.state(id).orElse(State.CANCELLED);
            return state != State.PENDING && state != State.SENDING;
        }
        if (mail.kind() == MailOutbox.Kind.INVITATION && !stillInvitable(mail)) {
            transactions.executeWithoutResult(s -> outbox.finish(id, State.CANCELLED,
                    "the member was removed or has joined meanwhile", clock.instant()));
            return true;
        }
        try {
            send(mail);
        } catch (MailException | MessagingException e) {
            return failed(mail, e);
        }
        Instant sentAt = clock.instant();
        transactions.executeWithoutResult(s -> {
            outbox.finish(id, State.SENT, null, sentAt);
            if (mail.kind() == MailOutbox.Kind.TASK_NOTIFY && mail.taskId() != null) {
                tasks.recordEmail(mail.projectId(), mail.taskId(), mail.workerId(), TaskNotifications.EMAIL_SENT, sentAt);
            } else if (mail.kind() == MailOutbox.Kind.INVITATION && mail.workforceId() != null) {
                members.markInvited(mail.projectId(), mail.workforceId(), mail.workerId());
            }
        });
        log.debug("Sent mail {} ({}) to {}", id, mail.kind(), mail.recipient());
        return true;
    }

    private boolean failed(Claimed mail, Exception e) {
        MailFailures.Kind kind = MailFailures.classify(e);
        String error = MailFailures.describe(e);
        Instant now = clock.instant();
        if (kind == MailFailures.Kind.TRANSIENT && mail.attempts() < settings.retry().maxAttempts()) {
            log.warn("Mail {} to {} not sent (attempt {}), will retry: {}", mail.id(), mail.recipient(),
                    mail.attempts(), error);
            transactions.executeWithoutResult(s -> outbox.release(mail.id(), error, now));
            return false;
        }
        log.warn("Mail {} to {} given up after attempt {} ({}): {}", mail.id(), mail.recipient(), mail.attempts(),
                kind, error);
        int emailStatus = kind == MailFailures.Kind.MALFORMED
                ? TaskNotifications.EMAIL_MALFORMED : TaskNotifications.EMAIL_UNREACHABLE;
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
        return mail.workforceId() != null && mail.invitationId() != null
                && invitations.isOpen(mail.invitationId(), clock.instant())
                && directory.findWorker(mail.projectId(), mail.workforceId(), mail.workerId())
                        .filter(w -> w.active() && w.status() != WorkerRef.STATUS_JOINED).isPresent();
    }

    /** Multipart (plain text and HTML) with a stable Message-ID, so a receiver can recognise a repeat. */
    private void send(Claimed mail) throws MessagingException {
        MimeMessage message = sender.createMimeMessage();
        MimeMessageHelper helper = new MimeMessageHelper(message, true, StandardCharsets.UTF_8.name());
        helper.setFrom(settings.from());
        helper.setTo(new InternetAddress(mail.recipient(), true));
        helper.setSubject(mail.subject());
        helper.setText(mail.text(), mail.html());
        message.setHeader("Message-ID", "<" + mail.id() + "@labelforce>");
        message.setHeader("X-Labelforce-Mail", mail.id());
        sender.send(message);
    }
}
