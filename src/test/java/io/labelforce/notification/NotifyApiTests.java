package io.labelforce.notification;

import static org.assertj.core.api.Assertions.assertThat;

import io.labelforce.Fixtures;
import io.labelforce.common.Ids;
import io.labelforce.task.EmailStatus;
import io.labelforce.workforce.WorkerRole;
import jakarta.mail.internet.MimeMessage;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import tools.jackson.databind.JsonNode;

/** SendEmails (20) over SMTP (GreenMail): per-address results, what really happened, rate limits. */
class NotifyApiTests extends Fixtures {

    @Autowired
    private MailDelivery delivery;

    private JsonNode notify(String task, Object body) {
        return notify(task, "", body);
    }

    private JsonNode notify(String task, String query, Object body) {
        MvcTestResult result = call(HttpMethod.POST, task + "/notify" + query, writer, body);
        assertThat(result).hasStatus(200);
        return body(result);
    }

    private JsonNode memberTask(String task, String email) {
        MvcTestResult result = call(HttpMethod.GET, task, writer);
        assertThat(result).hasStatus(200);
        return body(result)
                .get("worker_stats")
                .valueStream()
                .filter(w -> w.get("email").asString().equals(email))
                .findFirst()
                .orElseThrow();
    }

    @Test
    void eachAddressGetsItsOwnResultAndTheMemberTaskShowsTheDelivery() throws Exception {
        String team = createTeam("readers");
        addWorker(team, "fay@example.com", WorkerRole.LABELER);
        addWorker(team, "gus@example.com", WorkerRole.REVIEWER);
        addWorker(team, "outsider@example.com", WorkerRole.LABELER);
        String task = taskFor("cats", team, List.of("fay@example.com", "gus@example.com"));
        assertThat(emailStatus(memberTask(task, "fay@example.com"))).isEqualTo(EmailStatus.NOT_SENT);
        long before = System.currentTimeMillis();

        JsonNode answer = notify(
                task,
                Map.of(
                        "emails",
                        List.of(
                                "fay@example.com",
                                " GUS@example.com",
                                "outsider@example.com",
                                "not-an-address",
                                "fay@example.com")));
        assertThat(answer.get("success").asBoolean()).isFalse();
        JsonNode results = answer.get("results");
        assertThat(results).hasSize(5);
        assertThat(results.get(0).get("success").asBoolean()).isTrue();
        assertThat(results.get(0).has("error_code")).isFalse();
        assertThat(results.get(1).get("success").asBoolean()).isTrue();
        assertThat(results.get(2).get("error_code").asString()).isEqualTo("ModelArts.4604");
        assertThat(results.get(2).get("error_msg").asString()).contains("outsider@example.com", "not a member");
        assertThat(results.get(3).get("error_code").asString()).isEqualTo("ModelArts.0104");
        // a repeated address: the first one's result, and one mail
        assertThat(results.get(4).get("success").asBoolean()).isTrue();

        eventually()
                .until(() -> mailsTo("fay@example.com").size() == 1
                        && mailsTo("gus@example.com").size() == 1);
        MimeMessage mail = mailsTo("gus@example.com").get(0);
        assertThat(mail.getSubject()).isEqualTo("Labeling task cats is waiting for you");
        assertThat(text(mail)).contains("You are a reviewer", task.substring(task.lastIndexOf('/') + 1));
        assertThat(html(mail)).contains("<strong>cats</strong>");
        assertThat(mailsTo("outsider@example.com")).isEmpty();

        eventually()
                .until(() -> emailStatus(memberTask(task, "gus@example.com")) == EmailStatus.SENT
                        && emailStatus(memberTask(task, "fay@example.com")) == EmailStatus.SENT);
        long notified =
                memberTask(task, "fay@example.com").get("last_notify_time").asLong();
        assertThat(notified).isBetween(before, System.currentTimeMillis());
        assertThat(jdbc.queryForList(
                        "select state from mail_message where task_id = ?",
                        String.class,
                        task.substring(task.lastIndexOf('/') + 1)))
                .containsOnly("SENT")
                .hasSize(2);
    }

    @Test
    void notifyingTheSameMemberAgainTooSoonIsRefusedForThatAddressOnly() {
        String team = createTeam("busy");
        addWorker(team, "hal@example.com", WorkerRole.LABELER);
        addWorker(team, "ida@example.com", WorkerRole.LABELER);
        String task = taskFor("dogs", team, List.of("hal@example.com", "ida@example.com"));
        assertThat(notify(task, Map.of("emails", List.of("hal@example.com")))
                        .get("success")
                        .asBoolean())
                .isTrue();

        JsonNode again = notify(task, Map.of("emails", List.of("hal@example.com", "ida@example.com")));
        assertThat(again.get("success").asBoolean()).isFalse();
        assertThat(again.get("results").get(0).get("error_code").asString()).isEqualTo("ModelArts.4627");
        assertThat(again.get("results").get(0).get("error_msg").asString()).contains("at most once every 60 s");
        assertThat(again.get("results").get(1).get("success").asBoolean()).isTrue();

        eventually()
                .until(() -> mailsTo("ida@example.com").size() == 1
                        && mailsTo("hal@example.com").size() == 1);
        // the interval is per task: another task may notify the same member at once
        String other = taskFor("birds", team, List.of("hal@example.com"));
        assertThat(notify(other, Map.of("emails", List.of("hal@example.com")))
                        .get("success")
                        .asBoolean())
                .isTrue();
        eventually().until(() -> mailsTo("hal@example.com").size() == 2);
    }

    @Test
    void theLocaleChoosesTheLanguage() throws Exception {
        String team = createTeam("intl");
        addWorker(team, "jun@example.com", WorkerRole.TEAM_ADMINISTRATOR);
        String task = taskFor("fish", team, List.of("jun@example.com"));
        assertThat(notify(task, "?locale=zh-cn", Map.of("emails", List.of("jun@example.com")))
                        .get("success")
                        .asBoolean())
                .isTrue();
        eventually().until(() -> mailsTo("jun@example.com").size() == 1);
        MimeMessage mail = mailsTo("jun@example.com").get(0);
        assertThat(mail.getSubject()).isEqualTo("标注任务 fish 等待您处理");
        assertThat(text(mail)).contains("团队管理员");
    }

    @Test
    void badRequestsAreRefusedWhole() {
        String team = createTeam("strict");
        addWorker(team, "kim@example.com", WorkerRole.LABELER);
        String task = taskFor("mice", team, List.of("kim@example.com"));
        assertError(
                call(HttpMethod.POST, task + "/notify", writer, Map.of("emails", List.of())),
                400,
                "ModelArts.0104",
                "emails");
        assertError(call(HttpMethod.POST, task + "/notify", writer, Map.of()), 400, "ModelArts.0104", "emails");
        assertError(
                call(
                        HttpMethod.POST,
                        task + "/notify?locale=de-de",
                        writer,
                        Map.of("emails", List.of("kim@example.com"))),
                400,
                "ModelArts.0104",
                "locale");
        assertError(
                call(
                        HttpMethod.POST,
                        task + "/notify",
                        writer,
                        Map.of("emails", List.of("kim@example.com"), "locale", "fr")),
                400,
                "ModelArts.0104",
                "locale");
        String unknown = task.substring(0, task.lastIndexOf('/') + 1) + "A".repeat(19);
        assertError(
                call(HttpMethod.POST, unknown + "/notify", writer, Map.of("emails", List.of("kim@example.com"))),
                404,
                "ModelArts.4619",
                "does not exist");
        String reader = apiKey("read", project);
        assertError(
                call(HttpMethod.POST, task + "/notify", reader, Map.of("emails", List.of("kim@example.com"))),
                403,
                "ModelArts.0108",
                "read");
        assertThat(mailsTo("kim@example.com")).isEmpty();
    }

    @Test
    void anAddressTheMailLibraryRefusesIsRecordedAsMalformedWithoutRetrying() {
        String team = createTeam("odd");
        addWorker(team, "lou@example.com", WorkerRole.LABELER);
        String task = taskFor("owls", team, List.of("lou@example.com"));
        String taskId = task.substring(task.lastIndexOf('/') + 1);
        String workerId = jdbc.queryForObject(
                "select worker_id from workforce_task_worker where task_id = ?", String.class, taskId);
        // an outbox row whose recipient could never be parsed (members' addresses are checked when added)
        String id = Ids.hex32();
        jdbc.update("""
                insert into mail_message (id, project_id, kind, recipient, locale, subject, text_body, html_body,
                    worker_id, workforce_id, task_id, create_time, update_time)
                values (?, ?, 'TASK_NOTIFY', 'lou at example', 'en-us', 's', 't', '<p>t</p>', ?, ?, ?, now(), now())
                """, id, project, workerId, team, taskId);

        assertThat(delivery.deliverOne(id)).isTrue();
        assertThat(jdbc.queryForMap("select state, attempts, last_error from mail_message where id = ?", id))
                .containsEntry("state", "FAILED")
                .containsEntry("attempts", 1);
        assertThat(emailStatus(memberTask(task, "lou@example.com"))).isEqualTo(EmailStatus.MALFORMED);
        assertThat(memberTask(task, "lou@example.com").get("last_notify_time").asLong())
                .isZero();
        // final: another attempt neither sends nor counts
        assertThat(delivery.deliverOne(id)).isTrue();
        assertThat(jdbc.queryForObject("select attempts from mail_message where id = ?", Integer.class, id))
                .isEqualTo(1);
    }
}
