package io.labelforce;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The in-process SMTP server (GreenMail) of the shared test application context: started once per test
 * run on a free port, never stopped (tests that stop a server start their own).
 */
public final class TestMail {

    private static volatile @Nullable GreenMail instance;

    private TestMail() {}

    public static GreenMail get() {
        GreenMail mail = instance;
        if (mail == null) {
            synchronized (TestMail.class) {
                mail = instance;
                if (mail == null) {
                    mail = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
                    mail.start();
                    instance = mail;
                }
            }
        }
        return mail;
    }

    public static int port() {
        return get().getSmtp().getPort();
    }

    /** The messages received so far for one address. */
    public static List<MimeMessage> to(GreenMail mail, String address) {
        return Arrays.stream(mail.getReceivedMessages())
                .filter(m -> recipients(m).contains(address))
                .toList();
    }

    /** The decoded plain-text part of a mail. */
    public static String text(MimeMessage message) {
        return Objects.requireNonNull(part(message, "text/plain"), "no text/plain part");
    }

    /** The decoded HTML part of a mail. */
    public static String html(MimeMessage message) {
        return Objects.requireNonNull(part(message, "text/html"), "no text/html part");
    }

    private static @Nullable String part(Part part, String type) {
        try {
            if (part.isMimeType(type)) {
                return (String) part.getContent();
            }
            if (part.getContent() instanceof Multipart multipart) {
                for (int i = 0; i < multipart.getCount(); i++) {
                    String found = part(multipart.getBodyPart(i), type);
                    if (found != null) {
                        return found;
                    }
                }
            }
            return null;
        } catch (MessagingException | IOException e) {
            throw new IllegalStateException(e);
        }
    }

    public static List<String> recipients(MimeMessage message) {
        try {
            return Arrays.stream(message.getRecipients(Message.RecipientType.TO))
                    .map(Object::toString)
                    .toList();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
