package io.labelforce.notification;

import io.labelforce.common.DomainException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirements;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Set;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * The invitation link as a browser opens it ({@code Accept: text/html}): a server-rendered page with the
 * team, the project, the member's e-mail and an Accept button, which posts a form to
 * {@code /invitations/{token}/accept}. JSON callers keep {@link InvitationController}.
 *
 * <p>CSRF: the link's 256-bit secret in the path is the credential, and it works once, so another site
 * cannot forge an accept without it. On top, a form post that the browser marks as coming from another site
 * ({@code Sec-Fetch-Site: cross-site} or {@code same-site}) is refused with 403, so nobody can make a browser
 * accept an invitation (and receive a key) from someone else's page. No page runs a script; every answer has a
 * strict Content-Security-Policy, {@code Referrer-Policy: no-referrer} (the path holds the secret) and
 * {@code Cache-Control: no-store} (the page after accepting holds the member key).
 */
@Controller
@Tag(name = "Invitations")
class InvitationPageController {

    private static final String TOKEN = "{token:" + InvitationService.TOKEN_PATTERN + "}";
    private static final Set<String> SAME_ORIGIN = Set.of("same-origin", "none");

    private final InvitationService service;

    InvitationPageController(InvitationService service) {
        this.service = service;
    }

    @GetMapping(value = "/invitations/" + TOKEN, produces = MediaType.TEXT_HTML_VALUE)
    @Operation(
            summary = "The invitation page (HTML, for browsers): team, project, e-mail and an Accept button",
            description = "Used, replaced, revoked and expired links get a page that says so, with status 410;"
                    + " an unknown link 404.")
    @SecurityRequirements
    ResponseEntity<String> page(@PathVariable("token") String token) {
        InvitationService.PageView view;
        try {
            view = service.page(token);
        } catch (DomainException e) {
            return problem(e);
        }
        return switch (view.state()) {
            case PENDING ->
                view.memberActive()
                        ? html(HttpStatus.OK, InvitationPages.invitation(view, token + "/accept"))
                        : gone("This invitation was revoked", "You are no longer a member of this team.");
            case ACCEPTED ->
                gone(
                        "This invitation was used",
                        "It was accepted already. A member key is shown only once, right after accepting.");
            case REVOKED ->
                gone("This invitation was revoked", "A newer invitation replaced it; use the newest e-mail.");
            case EXPIRED -> gone("This invitation has expired", "Ask the team owner to send a new one.");
        };
    }

    @PostMapping(
            value = "/invitations/" + TOKEN + "/accept",
            consumes = MediaType.APPLICATION_FORM_URLENCODED_VALUE,
            produces = MediaType.TEXT_HTML_VALUE)
    @Operation(
            summary = "Accept an invitation from its page (HTML form post); shows the member key once",
            description = "Where OIDC is configured the page links to the identity provider instead of showing a"
                    + " key. A post from another site (Sec-Fetch-Site cross-site or same-site) is refused (403).")
    @SecurityRequirements
    ResponseEntity<String> accept(@PathVariable("token") String token, HttpServletRequest request) {
        String site = request.getHeader("Sec-Fetch-Site");
        if (site != null && !SAME_ORIGIN.contains(site)) {
            return html(
                    HttpStatus.FORBIDDEN,
                    InvitationPages.problem(
                            "Open the link from your e-mail",
                            "An invitation can only be accepted from its own page, not from another site."));
        }
        InvitationService.Acceptance accepted;
        try {
            accepted = service.accept(token);
        } catch (DomainException e) {
            return problem(e);
        }
        String key = accepted.memberKey();
        String login = accepted.loginUrl();
        String page = key != null
                ? InvitationPages.joinedWithKey(accepted, key)
                : InvitationPages.joinedWithLogin(accepted, login == null ? "/" : login);
        return html(HttpStatus.OK, page);
    }

    private static ResponseEntity<String> problem(DomainException e) {
        return switch (e.errorCode()) {
            case NotificationErrors.INVITATION_NOT_FOUND ->
                html(
                        HttpStatus.NOT_FOUND,
                        InvitationPages.problem(
                                "This invitation link is not valid",
                                "Check that you opened the whole link from your e-mail."));
            case NotificationErrors.INVITATION_USED -> gone("This invitation can no longer be used", reason(e));
            case NotificationErrors.INVITATION_EXPIRED ->
                gone("This invitation has expired", "Ask the team owner to send a new one.");
            default -> throw e;
        };
    }

    /** The message after "can no longer be used: ", capitalised. */
    private static String reason(DomainException e) {
        String message = e.getMessage();
        String why = message.substring(message.indexOf(':') + 1).strip();
        return why.isEmpty() ? message : Character.toUpperCase(why.charAt(0)) + why.substring(1) + ".";
    }

    private static ResponseEntity<String> gone(String title, String message) {
        return html(HttpStatus.GONE, InvitationPages.problem(title, message));
    }

    private static ResponseEntity<String> html(HttpStatus status, String body) {
        return ResponseEntity.status(status)
                .contentType(new MediaType(MediaType.TEXT_HTML, java.nio.charset.StandardCharsets.UTF_8))
                .cacheControl(CacheControl.noStore())
                .header("Content-Security-Policy", InvitationPages.CONTENT_SECURITY_POLICY)
                .header("Referrer-Policy", "no-referrer")
                .header("X-Content-Type-Options", "nosniff")
                .header(HttpHeaders.PRAGMA, "no-cache")
                .body(body);
    }
}
