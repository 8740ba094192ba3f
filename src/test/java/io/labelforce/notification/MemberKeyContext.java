package io.labelforce.notification;

import io.labelforce.ApiTest;
import io.labelforce.Fixtures;
import io.labelforce.common.Ids;
import io.labelforce.common.Secrets;
import io.labelforce.workforce.WorkerRole;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The context of the member-key tests: {@link ApiTest}'s settings (repeated here, since a
 * {@code @SpringBootTest} replaces the inherited one), a real port for the browser, and member keys even though
 * the test issuer is configured ({@code labelforce.security.oidc.members-sign-in=false}). The tests of this
 * context share it.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "labelforce.admin-token=" + ApiTest.ADMIN_TOKEN,
            "labelforce.http.max-body-size=64KB",
            "labelforce.samples.max-upload-body-size=256KB",
            "labelforce.samples.max-file-size=32KB",
            "labelforce.samples.max-batch-size=50",
            "labelforce.mail.invite-on-create=false",
            "labelforce.mail.retry.check-interval=200ms",
            "labelforce.mail.retry.initial-delay=200ms",
            "labelforce.mail.retry.max-delay=1s",
            "labelforce.security.key-encryption-key=" + ApiTest.KEY_ENCRYPTION_KEY,
            "labelforce.rate-limits.enabled=false",
            "labelforce.rate-limits.per-caller.capacity=1000000",
            "labelforce.rate-limits.failed-authentications.capacity=1000000",
            "labelforce.security.oidc.members-sign-in=false",
            // a removed member's key stops within this time (its membership check is cached like the key)
            "labelforce.security.key-cache-ttl=1s"
        })
abstract class MemberKeyContext extends Fixtures {

    /** A member of a new team with an invitation whose link the test knows (as if read from the mail). */
    record Invited(String team, String worker, String email, String token) {

        String link() {
            return "/invitations/" + token;
        }
    }

    protected Invited invited(String teamName, String email) {
        String team = createTeam(teamName);
        return invitedTo(team, email);
    }

    protected Invited invitedTo(String team, String email) {
        String worker = addWorker(team, email, WorkerRole.LABELER);
        return invitation(team, worker, email);
    }

    /** A new link for an existing member (earlier links stay as they are). */
    protected Invited invitation(String team, String worker, String email) {
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
        return new Invited(team, worker, email, token);
    }
}
