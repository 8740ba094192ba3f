package io.labelforce.notification;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import io.labelforce.ApiTest;
import io.labelforce.TestMail;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.awaitility.Awaitility;
import org.awaitility.core.ConditionFactory;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/** A fresh project per test, shortcuts for teams, members and tasks, and the shared GreenMail server. */
abstract class MailTestSupport extends ApiTest {

    private static final Pattern LINK = Pattern.compile("http://\\S+/invitations/(lfi_[A-Za-z0-9_-]{43})");

    @Autowired
    protected JdbcTemplate jdbc;

    protected final GreenMail smtp = TestMail.get();
    protected String project;
    protected String writer;

    @BeforeEach
    void newProjectAndKey() {
        project = newProject();
        writer = apiKey("write", project);
    }

    /** Awaitility with the bound every mail assertion uses. */
    protected static ConditionFactory eventually() {
        return Awaitility.await().atMost(Duration.ofSeconds(15)).pollInterval(Duration.ofMillis(50));
    }

    protected String createTeam(String name) {
        MvcTestResult result =
                call(HttpMethod.POST, "/v2/" + project + "/workforces", writer, Map.of("workforce_name", name));
        assertThat(result).hasStatus(201);
        return body(result).get("workforce_id").asString();
    }

    protected String addWorker(String team, String email, int role) {
        MvcTestResult result = call(HttpMethod.POST, member(team, ""), writer, Map.of("emails", email, "role", role));
        assertThat(result).hasStatus(201);
        return body(result).get("worker_id").asString();
    }

    protected String member(String team, String workerId) {
        return "/v2/" + project + "/workforces/" + team + "/workers" + (workerId.isEmpty() ? "" : "/" + workerId);
    }

    protected int memberStatus(String team, String workerId) {
        MvcTestResult result = call(HttpMethod.GET, member(team, workerId), writer);
        assertThat(result).hasStatus(200);
        return body(result).get("status").asInt();
    }

    /** A dataset and a task over it assigned to the given members of one team; returns the task's path. */
    protected String taskFor(String name, String team, List<String> emails) {
        MvcTestResult dataset = call(
                HttpMethod.POST,
                "/v2/" + project + "/datasets",
                writer,
                Map.of(
                        "dataset_name",
                        "ds-" + name,
                        "work_path",
                        "/bucket/out/",
                        "work_path_type",
                        0,
                        "dataset_type",
                        1));
        assertThat(dataset).hasStatus(201);
        String tasks = "/v2/" + project + "/datasets/"
                + body(dataset).get("dataset_id").asString() + "/workforce-tasks";
        MvcTestResult task = call(
                HttpMethod.POST,
                tasks,
                writer,
                Map.of(
                        "task_name",
                        name,
                        "workforces_config",
                        Map.of(
                                "workforces",
                                List.of(Map.of(
                                        "workforce_id",
                                        team,
                                        "workers",
                                        emails.stream()
                                                .map(e -> Map.of("email", e))
                                                .toList())))));
        assertThat(task).hasStatus(200);
        return tasks + "/" + body(task).get("task_id").asString();
    }

    protected List<MimeMessage> mailsTo(String address) {
        return TestMail.to(smtp, address);
    }

    protected static String text(MimeMessage message) {
        return TestMail.text(message);
    }

    protected static String html(MimeMessage message) {
        return TestMail.html(message);
    }

    /** The invitation link in a mail (its plain-text part). */
    protected static String link(MimeMessage message) {
        Matcher matcher = LINK.matcher(text(message));
        assertThat(matcher.find()).as("a link in %s", text(message)).isTrue();
        return matcher.group();
    }

    protected static String path(String link) {
        return link.replaceFirst("^http://[^/]+", "");
    }
}
