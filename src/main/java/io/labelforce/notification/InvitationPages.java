package io.labelforce.notification;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Base64;
import org.jspecify.annotations.Nullable;
import org.springframework.web.util.HtmlUtils;

/**
 * The invitation pages: plain HTML written here, no template engine and no script. Every value is
 * HTML-escaped; the only style is one inline block, allowed by its hash in the Content-Security-Policy.
 */
final class InvitationPages {

    private static final String STYLE = "body{font-family:system-ui,sans-serif;max-width:40rem;margin:3rem auto;"
            + "padding:0 1rem;color:#1d1d1f;line-height:1.5}dt{font-weight:600}dd{margin:0 0 .75rem}"
            + "code{display:block;padding:.75rem;background:#f2f2f2;word-break:break-all;font-size:1.05rem}"
            + "button,.button{font-size:1rem;padding:.5rem 1.25rem;border:0;border-radius:4px;background:#0a5ad4;"
            + "color:#fff;cursor:pointer;text-decoration:none;display:inline-block}.note{color:#555}";

    /** No script, no frames, no foreign resources; forms only post back to this service. */
    static final String CONTENT_SECURITY_POLICY = "default-src 'none'; style-src 'sha256-"
            + Base64.getEncoder().encodeToString(sha256(STYLE))
            + "'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'";

    private static final DateTimeFormatter DATE =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC);

    private InvitationPages() {}

    /** The invitation with its Accept button, a form that posts to {@code acceptPath} (relative to the page). */
    static String invitation(InvitationService.PageView view, String acceptPath) {
        return page(
                "Invitation to " + team(view.workforceName()),
                "<h1>You are invited to join a labeling team</h1>"
                        + details(view.workforceName(), view.projectId(), view.email())
                        + "<p class=\"note\">This link works once and until " + e(DATE.format(view.expireTime()))
                        + ".</p>"
                        + "<form method=\"post\" action=\"" + e(acceptPath) + "\">"
                        + "<button id=\"accept\" type=\"submit\">Accept</button></form>");
    }

    /** After accepting: the member key, shown this once. */
    static String joinedWithKey(InvitationService.Acceptance accepted, String memberKey) {
        return page(
                "Welcome to " + team(accepted.workforceName()),
                "<h1>You joined the team</h1>"
                        + details(accepted.workforceName(), accepted.projectId(), accepted.email())
                        + "<h2>Your member key</h2>"
                        + "<p><strong>Copy it now: it is shown only this once.</strong> Send it in the"
                        + " <kbd>X-Auth-Token</kbd> header.</p>"
                        + "<code id=\"member-key\">" + e(memberKey) + "</code>"
                        + "<p class=\"note\">It lets you list your labeling tasks and label and review your own"
                        + " samples in this project, and nothing else. It stops working when you are removed from"
                        + " the team or invited again.</p>");
    }

    /** After accepting where OIDC is configured: the way to the identity provider instead of a key. */
    static String joinedWithLogin(InvitationService.Acceptance accepted, String loginUrl) {
        return page(
                "Welcome to " + team(accepted.workforceName()),
                "<h1>You joined the team</h1>"
                        + details(accepted.workforceName(), accepted.projectId(), accepted.email())
                        + "<p>Sign in with your organisation's account to start labeling.</p>"
                        + "<p><a id=\"login\" class=\"button\" href=\"" + e(loginUrl) + "\">Sign in</a></p>");
    }

    /** A link that cannot be used, and why. */
    static String problem(String title, String message) {
        return page(title, "<h1>" + e(title) + "</h1><p id=\"reason\">" + e(message) + "</p>");
    }

    private static String details(@Nullable String workforceName, String projectId, String email) {
        return "<dl><dt>Team</dt><dd id=\"team\">" + e(team(workforceName)) + "</dd>"
                + "<dt>Project</dt><dd id=\"project\">" + e(projectId) + "</dd>"
                + "<dt>Your e-mail</dt><dd id=\"email\">" + e(email) + "</dd></dl>";
    }

    private static String team(@Nullable String workforceName) {
        return workforceName == null ? "(a deleted team)" : workforceName;
    }

    private static String page(String title, String body) {
        return "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\">"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
                + "<meta name=\"referrer\" content=\"no-referrer\">"
                + "<title>" + e(title) + " - Labelforce</title><style>" + STYLE + "</style></head><body>" + body
                + "</body></html>";
    }

    private static String e(String value) {
        return HtmlUtils.htmlEscape(value, "UTF-8");
    }

    private static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
