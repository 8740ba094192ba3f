package io.labelforce.notification;

import io.labelforce.common.FieldRules;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirements;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Pattern;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Invitations (our addition, not ModelArts API, hence outside {@code /v2}). The link and its accept call need
 * no API key: the link's secret is the credential. Their paths only match a well-formed secret.
 */
@RestController
@Tag(name = "Invitations", description = "Member invitations: the link of the e-mail, accepting it, resending it")
class InvitationController {

    private static final String TOKEN = "{token:" + InvitationService.TOKEN_PATTERN + "}";

    private final InvitationService service;

    InvitationController(InvitationService service) {
        this.service = service;
    }

    @GetMapping(value = "/invitations/" + TOKEN, produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "The invitation behind a link: team, e-mail, state (pending, accepted, revoked, expired)")
    @SecurityRequirements // none: the link's secret is the credential
    InvitationService.InvitationView describe(@PathVariable("token") String token) {
        return service.describe(token);
    }

    @PostMapping(value = "/invitations/" + TOKEN + "/accept", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(
            summary = "Accept an invitation: the member's status becomes 2; the link works once",
            description = "Without OIDC the answer carries the member's personal member key (member_key), shown"
                    + " only here: an API key that may only list the member's tasks and label and review its own"
                    + " samples. Where OIDC is configured there is no member key; the member signs in at the"
                    + " identity provider.")
    @SecurityRequirements
    InvitationService.Accepted accept(@PathVariable("token") String token) {
        return service.accept(token).json();
    }

    @PostMapping("/v2/{project_id}/workforces/{workforce_id}/workers/{worker_id}/invitation")
    @ResponseStatus(HttpStatus.ACCEPTED)
    @Operation(summary = "Send a member a new invitation (earlier links stop working); rate-limited (ModelArts.4627)")
    InvitationService.Sent resend(
            @PathVariable("project_id") String projectId,
            @PathVariable("workforce_id") String workforceId,
            @PathVariable("worker_id") String workerId,
            @RequestParam(defaultValue = FieldRules.DEFAULT_LOCALE)
                    @Pattern(regexp = FieldRules.LOCALE, message = FieldRules.LOCALE_MESSAGE)
                    String locale) {
        return service.resend(projectId, workforceId, workerId, locale);
    }
}
