package io.labelforce.notification;

import static org.assertj.core.api.Assertions.assertThat;

import io.labelforce.Fixtures;
import io.labelforce.common.Ids;
import io.labelforce.workforce.WorkerRole;
import io.labelforce.workforce.WorkerStatus;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** What happens to mails that wait: a stale invitation is not sent; old final mails are forgotten. */
class MailHousekeepingTests extends Fixtures {

    @Autowired
    private MailDelivery delivery;

    @Autowired
    private MailRetries retries;

    private String queueInvitationMail(String team, String worker, String invitationId, String recipient) {
        String id = Ids.hex32();
        jdbc.update("""
                insert into mail_message (id, project_id, kind, recipient, locale, subject, text_body, html_body,
                    worker_id, workforce_id, invitation_id, create_time, update_time)
                values (?, ?, 'INVITATION', ?, 'en-us', 'join', 'link', '<p>link</p>', ?, ?, ?, now(), now())
                """, id, project, recipient, worker, team, invitationId);
        return id;
    }

    private String invitation(String team, String worker, String email, String revokeTime) {
        String id = Ids.hex32();
        jdbc.update(
                "insert into invitation (id, project_id, workforce_id, worker_id, email, token_hash, create_time,"
                        + " expire_time, revoke_time) values (?, ?, ?, ?, ?, ?, now(), now() + interval '1 day', "
                        + revokeTime + ")",
                id,
                project,
                team,
                worker,
                email,
                Ids.hex32() + Ids.hex32());
        return id;
    }

    @Test
    void anInvitationMailWhoseLinkWasReplacedMeanwhileIsCancelledNotSent() {
        String team = createTeam("waiting");
        String worker = addWorker(team, "mo@example.com", WorkerRole.LABELER);
        String revoked = queueInvitationMail(
                team, worker, invitation(team, worker, "mo@example.com", "now()"), "mo@example.com");
        String open =
                queueInvitationMail(team, worker, invitation(team, worker, "mo@example.com", "null"), "mo@example.com");

        assertThat(delivery.deliverOne(revoked)).isTrue();
        assertThat(jdbc.queryForObject("select state from mail_message where id = ?", String.class, revoked))
                .isEqualTo("CANCELLED");
        assertThat(delivery.deliverOne(open)).isTrue();
        assertThat(jdbc.queryForObject("select state from mail_message where id = ?", String.class, open))
                .isEqualTo("SENT");
        assertThat(mailsTo("mo@example.com")).hasSize(1);
        assertThat(memberStatus(team, worker)).isEqualTo(WorkerStatus.INVITED);
    }

    @Test
    void finalMailsAndClosedInvitationsAreForgottenAfterTheRetentionPeriod() {
        String team = createTeam("old");
        String worker = addWorker(team, "ned@example.com", WorkerRole.LABELER);
        Timestamp longAgo = Timestamp.from(Instant.now().minus(31, ChronoUnit.DAYS));
        String sent = queueInvitationMail(team, worker, "x", "ned@example.com");
        String pending = queueInvitationMail(team, worker, "y", "ned@example.com");
        jdbc.update("update mail_message set state = 'SENT', update_time = ? where id = ?", longAgo, sent);
        jdbc.update("update mail_message set update_time = ? where id = ?", longAgo, pending);
        String expired = invitation(team, worker, "ned@example.com", "null");
        String current = invitation(team, worker, "ned@example.com", "null");
        jdbc.update("update invitation set expire_time = ? where id = ?", longAgo, expired);

        retries.forgetOldMail();

        assertThat(jdbc.queryForList("select id from mail_message where id in (?, ?)", String.class, sent, pending))
                .containsExactly(pending);
        assertThat(jdbc.queryForList("select id from invitation where id in (?, ?)", String.class, expired, current))
                .containsExactly(current);
    }
}
