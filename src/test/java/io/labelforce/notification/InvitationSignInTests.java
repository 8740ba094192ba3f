package io.labelforce.notification;

import static org.assertj.core.api.Assertions.assertThat;

import io.labelforce.Fixtures;
import io.labelforce.TestOidc;
import io.labelforce.common.Ids;
import io.labelforce.common.Secrets;
import io.labelforce.workforce.WorkerRole;
import io.labelforce.workforce.WorkerStatus;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/**
 * Where OIDC is configured (the shared test context trusts the run's issuer, {@link TestOidc}), accepting sends
 * the member to the identity provider and issues no member key.
 */
class InvitationSignInTests extends Fixtures {

    private String invitation(String team, String worker, String email) {
        String token = Secrets.newSecret("lfi_");
        jdbc.update(
                "insert into invitation (id, project_id, workforce_id, worker_id, email, token_hash, create_time,"
                        + " expire_time) values (?, ?, ?, ?, ?, ?, now(), now() + interval '1 day')",
                Ids.hex32(),
                project,
                team,
                worker,
                email,
                InvitationService.hash(token));
        return token;
    }

    @Test
    void theJsonAcceptAnswersTheSignInInsteadOfAKey() {
        String team = createTeam("federated-api");
        String worker = addWorker(team, "sso-api@example.com", WorkerRole.LABELER);
        MvcTestResult accepted = mvc.post()
                .uri("/invitations/" + invitation(team, worker, "sso-api@example.com") + "/accept")
                .exchange();
        assertThat(accepted).hasStatus(200);
        assertThat(body(accepted).get("login_url").asString()).isEqualTo(TestOidc.issuerUri());
        assertThat(body(accepted).has("member_key")).isFalse();
    }

    @Test
    void acceptingLinksToTheIdentityProviderInsteadOfShowingAKey() throws Exception {
        String team = createTeam("federated");
        String worker = addWorker(team, "sso@example.com", WorkerRole.LABELER);
        String token = invitation(team, worker, "sso@example.com");

        MvcTestResult accepted = mvc.post()
                .uri("/invitations/" + token + "/accept")
                .contentType(MediaType.APPLICATION_FORM_URLENCODED)
                .accept(MediaType.TEXT_HTML)
                .exchange();
        assertThat(accepted).hasStatus(200);
        String page = accepted.getResponse().getContentAsString();
        // labelforce.security.oidc.login-url is not set: the issuer's own address
        assertThat(page)
                .contains("<a id=\"login\" class=\"button\" href=\"" + TestOidc.issuerUri() + "\">Sign in</a>")
                .contains("<dd id=\"team\">federated</dd>")
                .doesNotContain("member-key");
        assertThat(memberStatus(team, worker)).isEqualTo(WorkerStatus.JOINED);
        assertThat(jdbc.queryForObject(
                        "select count(*) from api_key where worker_email = ?", Integer.class, "sso@example.com"))
                .isZero();
    }
}
