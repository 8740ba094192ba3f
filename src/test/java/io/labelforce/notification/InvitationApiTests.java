package io.labelforce.notification;

import static org.assertj.core.api.Assertions.assertThat;

import io.labelforce.Fixtures;
import io.labelforce.workforce.WorkerRole;
import io.labelforce.workforce.WorkerStatus;
import jakarta.mail.internet.MimeMessage;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpMethod;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/**
 * Invitations over SMTP (GreenMail). The shared test context does not invite on create
 * ({@code labelforce.mail.invite-on-create=false}): these tests send invitations with the resend call; the
 * automatic one is covered by {@link MailReplicaTests}.
 */
class InvitationApiTests extends Fixtures {

    private String invite(String team, String workerId, String query) {
        MvcTestResult result = call(HttpMethod.POST, member(team, workerId) + "/invitation" + query, writer);
        assertThat(result).hasStatus(202);
        return body(result).get("email").asString();
    }

    private MimeMessage onlyMailTo(String address) {
        eventually().until(() -> mailsTo(address).size() == 1);
        List<MimeMessage> mails = mailsTo(address);
        assertThat(mails).hasSize(1);
        return mails.get(0);
    }

    @Test
    void anInvitationArrivesAndItsLinkMakesTheMemberJoin() throws Exception {
        String team = createTeam("annotators");
        String worker = addWorker(team, "Ann@Example.com", WorkerRole.REVIEWER);
        assertThat(memberStatus(team, worker)).isEqualTo(WorkerStatus.NEW);

        assertThat(invite(team, worker, "")).isEqualTo("ann@example.com");
        MimeMessage mail = onlyMailTo("ann@example.com");
        assertThat(mail.getSubject()).isEqualTo("You are invited to the labeling team annotators");
        assertThat(mail.getFrom()[0].toString()).contains("no-reply@labelforce.local");
        assertThat(text(mail)).contains("as reviewer");
        String link = link(mail);
        assertThat(html(mail)).contains("href=\"" + link + "\"");
        // sent: status 0 -> 1; the outbox no longer holds the link, the invitation only its hash
        eventually().until(() -> memberStatus(team, worker) == WorkerStatus.INVITED);
        String token = link.substring(link.lastIndexOf('/') + 1);
        assertThat(jdbc.queryForObject(
                        "select count(*) from mail_message where text_body like ? or html_body like ?",
                        Integer.class,
                        "%" + token + "%",
                        "%" + token + "%"))
                .isZero();
        assertThat(jdbc.queryForObject("select token_hash from invitation where worker_id = ?", String.class, worker))
                .isEqualTo(InvitationService.hash(token))
                .doesNotContain(token);

        // following the link needs no API key
        MvcTestResult opened = mvc.get().uri(path(link)).exchange();
        assertThat(opened).hasStatus(200);
        assertThat(body(opened).get("state").asString()).isEqualTo(InvitationState.PENDING.wireValue());
        assertThat(body(opened).get("workforce_name").asString()).isEqualTo("annotators");
        assertThat(body(opened).get("email").asString()).isEqualTo("ann@example.com");

        MvcTestResult accepted = mvc.post().uri(path(link) + "/accept").exchange();
        assertThat(accepted).hasStatus(200);
        assertThat(workerStatus(body(accepted))).isEqualTo(WorkerStatus.JOINED);
        assertThat(body(accepted).get("worker_id").asString()).isEqualTo(worker);
        assertThat(memberStatus(team, worker)).isEqualTo(WorkerStatus.JOINED);

        // single use
        assertError(mvc.post().uri(path(link) + "/accept").exchange(), 410, "Labelforce.4903", "accepted already");
        assertThat(body(mvc.get().uri(path(link)).exchange()).get("state").asString())
                .isEqualTo(InvitationState.ACCEPTED.wireValue());
        // a member who joined gets no more invitations
        assertError(
                call(HttpMethod.POST, member(team, worker) + "/invitation", writer),
                409,
                "Labelforce.4901",
                "accepted");
    }

    @Test
    void anInvitationCanBeResentAtMostOncePerIntervalAndTheNewLinkReplacesTheOld() throws Exception {
        String team = createTeam("crew");
        String worker = addWorker(team, "bo@example.com", WorkerRole.LABELER);
        invite(team, worker, "");
        String first = link(onlyMailTo("bo@example.com"));

        assertError(
                call(HttpMethod.POST, member(team, worker) + "/invitation", writer),
                400,
                "ModelArts.4627",
                "at most once every 60 s");
        // the interval has passed
        jdbc.update(
                "update mail_throttle set last_time = last_time - interval '61 seconds' where subject = ?",
                "invite:" + worker);
        invite(team, worker, "?locale=zh-cn");
        eventually().until(() -> mailsTo("bo@example.com").size() == 2);
        MimeMessage second = mailsTo("bo@example.com").stream()
                .filter(m -> !text(m).contains(first))
                .findFirst()
                .orElseThrow();
        assertThat(second.getSubject()).isEqualTo("您受邀加入标注团队 crew");
        assertThat(text(second)).contains("角色为标注人员");
        assertThat(html(second)).contains("接受邀请");

        assertError(mvc.post().uri(path(first) + "/accept").exchange(), 410, "Labelforce.4903", "newer invitation");
        assertThat(mvc.post().uri(path(link(second)) + "/accept").exchange()).hasStatus(200);
        assertThat(memberStatus(team, worker)).isEqualTo(WorkerStatus.JOINED);
    }

    @Test
    void aMemberWhoseInvitationMailIsStillOnItsWayCanAcceptToo() {
        String team = createTeam("quick");
        String worker = addWorker(team, "fox@example.com", WorkerRole.LABELER);
        // an invitation whose link reached the member before its mail was recorded as sent (status still 0)
        String token = "lfi_" + "Q".repeat(43);
        jdbc.update(
                "insert into invitation (id, project_id, workforce_id, worker_id, email, token_hash, create_time,"
                        + " expire_time) values (?, ?, ?, ?, ?, ?, now(), now() + interval '1 day')",
                io.labelforce.common.Ids.hex32(),
                project,
                team,
                worker,
                "fox@example.com",
                InvitationService.hash(token));
        assertThat(memberStatus(team, worker)).isEqualTo(WorkerStatus.NEW);
        assertThat(mvc.post().uri("/invitations/" + token + "/accept").exchange())
                .hasStatus(200);
        assertThat(memberStatus(team, worker)).isEqualTo(WorkerStatus.JOINED);
    }

    @Test
    void anExpiredUnknownOrOrphanedLinkIsRefused() {
        String team = createTeam("late");
        String worker = addWorker(team, "cy@example.com", WorkerRole.LABELER);
        String leaver = addWorker(team, "di@example.com", WorkerRole.LABELER);
        invite(team, worker, "");
        invite(team, leaver, "");
        String expired = link(onlyMailTo("cy@example.com"));
        String orphaned = link(onlyMailTo("di@example.com"));

        jdbc.update(
                "update invitation set expire_time = ? where worker_id = ?",
                Timestamp.from(Instant.now().minusSeconds(1)),
                worker);
        assertError(mvc.post().uri(path(expired) + "/accept").exchange(), 410, "Labelforce.4904", "expired");
        assertThat(body(mvc.get().uri(path(expired)).exchange()).get("state").asString())
                .isEqualTo(InvitationState.EXPIRED.wireValue());

        assertThat(call(HttpMethod.DELETE, member(team, leaver), writer)).hasStatus(204);
        assertError(
                mvc.post().uri(path(orphaned) + "/accept").exchange(),
                410,
                "Labelforce.4903",
                "membership no longer exists");

        String unknown = "/invitations/lfi_" + "A".repeat(43);
        assertError(mvc.post().uri(unknown + "/accept").exchange(), 404, "Labelforce.4902", "No invitation");
        assertError(mvc.get().uri(unknown).exchange(), 404, "Labelforce.4902", "No invitation");
        // only well-formed links are invitations; the old /v2 route is an ordinary project route now
        assertError(mvc.post().uri("/invitations/short/accept").exchange(), 404, "ModelArts.0015", "");
        assertError(mvc.get().uri("/v2/invitations/workforces").exchange(), 401, "ModelArts.4504", "");
    }

    @Test
    void resendingNeedsAnActiveMemberOfAnExistingTeam() {
        String team = createTeam("gone");
        String worker = addWorker(team, "ed@example.com", WorkerRole.LABELER);
        assertError(
                call(HttpMethod.POST, member(team, "0".repeat(32)) + "/invitation", writer),
                404,
                "ModelArts.4604",
                "does not exist");
        assertError(
                call(
                        HttpMethod.POST,
                        "/v2/" + project + "/workforces/nosuchteam/workers/" + worker + "/invitation",
                        writer),
                404,
                "ModelArts.4601",
                "does not exist");
        assertError(
                call(HttpMethod.POST, member(team, worker) + "/invitation?locale=fr", writer),
                400,
                "ModelArts.0104",
                "locale");
        assertError(
                call(
                        HttpMethod.POST,
                        members(team) + "?locale=fr",
                        writer,
                        java.util.Map.of("emails", "fi@example.com", "role", 0)),
                400,
                "ModelArts.0104",
                "locale");
        // another project's key sees nothing of this one
        String stranger = apiKey("write", newProject());
        assertError(call(HttpMethod.POST, member(team, worker) + "/invitation", stranger), 403, "ModelArts.0210", "");
        assertThat(mailsTo("ed@example.com")).isEmpty();
    }
}
