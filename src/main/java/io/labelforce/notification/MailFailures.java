package io.labelforce.notification;

import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.internet.AddressException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import org.eclipse.angus.mail.smtp.SMTPAddressFailedException;
import org.eclipse.angus.mail.smtp.SMTPSendFailedException;
import org.springframework.mail.MailParseException;
import org.springframework.mail.MailPreparationException;
import org.springframework.mail.MailSendException;

/**
 * Tells a failure that retrying cannot fix from one it may. A malformed address never becomes valid; an SMTP
 * 5xx refusal of the recipient or the message is final; anything else (no connection, timeouts, 4xx,
 * authentication) is worth another try.
 */
final class MailFailures {

    enum Kind {
        /** The address cannot be used ({@code email_status} 1). */
        MALFORMED,
        /** The server refused the recipient or the mail for good ({@code email_status} 2). */
        UNREACHABLE,
        /** May work later: retried with backoff. */
        TRANSIENT
    }

    private MailFailures() {}

    static Kind classify(Throwable failure) {
        for (Throwable cause : causes(failure)) {
            if (cause instanceof AddressException || cause instanceof MailParseException) {
                return Kind.MALFORMED;
            }
            if (cause instanceof SMTPAddressFailedException refused) {
                return byCode(refused.getReturnCode(), true);
            }
            if (cause instanceof SMTPSendFailedException refused) {
                return byCode(refused.getReturnCode(), false);
            }
        }
        for (Throwable cause : causes(failure)) {
            if (cause instanceof SendFailedException sendFailed
                    && sendFailed.getInvalidAddresses() != null
                    && sendFailed.getInvalidAddresses().length > 0) {
                return Kind.UNREACHABLE;
            }
        }
        return failure instanceof MailPreparationException ? Kind.MALFORMED : Kind.TRANSIENT;
    }

    /** A short description for the log and the outbox row (no stack trace, no body). */
    static String describe(Throwable failure) {
        List<Throwable> causes = causes(failure);
        Throwable root = causes.get(causes.size() - 1);
        String message = failure.getClass().getSimpleName() + ": " + failure.getMessage();
        return root == failure
                ? message
                : message + " (" + root.getClass().getSimpleName() + ": " + root.getMessage() + ")";
    }

    private static Kind byCode(int code, boolean recipient) {
        if (code >= 500 && code < 600) {
            // 501 / 553: the address itself is not acceptable
            return recipient && (code == 501 || code == 553) ? Kind.MALFORMED : Kind.UNREACHABLE;
        }
        return Kind.TRANSIENT;
    }

    /**
     * The failure, its causes, the next exceptions of messaging exceptions and the per-message failures of a
     * {@link MailSendException}, each once.
     */
    private static List<Throwable> causes(Throwable failure) {
        Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        List<Throwable> out = new ArrayList<>();
        List<Throwable> todo = new ArrayList<>(List.of(failure));
        while (!todo.isEmpty()) {
            Throwable next = todo.remove(0);
            if (next == null || !seen.add(next)) {
                continue;
            }
            out.add(next);
            todo.add(next.getCause());
            if (next instanceof MessagingException messaging) {
                todo.add(messaging.getNextException());
            }
            if (next instanceof MailSendException send) {
                todo.addAll(send.getFailedMessages().values());
            }
        }
        return out;
    }
}
