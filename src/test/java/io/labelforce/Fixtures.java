package io.labelforce;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import io.labelforce.task.EmailStatus;
import io.labelforce.task.TaskStatus;
import io.labelforce.workforce.WorkerRole;
import io.labelforce.workforce.WorkerStatus;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
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
import tools.jackson.databind.JsonNode;

/**
 * The one fixture of the API tests: a fresh project with a write key per test, and shortcuts to create teams,
 * members, datasets and tasks through the API, to read statuses and roles back as enums, and to find mails.
 * Task tests call {@link #newDataset()} in their own {@code @BeforeEach}.
 */
public abstract class Fixtures extends ApiTest {

    private static final Pattern LINK = Pattern.compile("http://\\S+/invitations/(lfi_[A-Za-z0-9_-]{43})");

    @Autowired
    protected JdbcTemplate jdbc;

    protected final GreenMail smtp = TestMail.get();
    protected String project = "";
    protected String writer = "";
    /** {@code /v2/{project}/workforces} */
    protected String teams = "";
    /** The dataset of {@link #newDataset()} and its task collection. */
    protected String datasetId = "";

    protected String tasks = "";

    @BeforeEach
    void newProjectAndKey() {
        project = newProject();
        writer = apiKey("write", project);
        teams = "/v2/" + project + "/workforces";
    }

    // --- teams and members

    protected String createTeam(String name) {
        MvcTestResult result = call(HttpMethod.POST, teams, writer, Map.of("workforce_name", name));
        assertThat(result).hasStatus(201);
        return body(result).get("workforce_id").asString();
    }

    protected String members(String workforceId) {
        return teams + "/" + workforceId + "/workers";
    }

    protected String member(String workforceId, String workerId) {
        return members(workforceId) + "/" + workerId;
    }

    /** A CreateWorker body; {@code role} as the client sends it (a number, a string, anything). */
    protected static Map<String, Object> worker(String email, Object role) {
        Map<String, Object> body = new HashMap<>();
        body.put("emails", email);
        body.put("role", role);
        body.put("description", "");
        return body;
    }

    protected String addWorker(String workforceId, String email, WorkerRole role) {
        MvcTestResult result = call(HttpMethod.POST, members(workforceId), writer, worker(email, role.code()));
        assertThat(result).hasStatus(201);
        return body(result).get("worker_id").asString();
    }

    /** A team with {@code n} labelers {@code <prefix>0@example.com} … . */
    protected String teamWithLabelers(String name, String prefix, int n) {
        String team = createTeam(name);
        for (int i = 0; i < n; i++) {
            addWorker(team, prefix + i + "@example.com", WorkerRole.LABELER);
        }
        return team;
    }

    protected WorkerStatus memberStatus(String team, String workerId) {
        return workerStatus(get(member(team, workerId)));
    }

    // --- datasets and tasks

    /** A dataset "ds" with labels Cat and Dog becomes {@link #datasetId}; {@link #tasks} is its task collection. */
    protected void newDataset() {
        datasetId = createDataset("ds");
        tasks = tasksOf(datasetId);
    }

    protected String createDataset(String name) {
        MvcTestResult result = call(
                HttpMethod.POST,
                "/v2/" + project + "/datasets",
                writer,
                Map.of(
                        "dataset_name",
                        name,
                        "work_path",
                        "/bucket/out/",
                        "work_path_type",
                        0,
                        "dataset_type",
                        1,
                        "labels",
                        List.of(Map.of("name", "Cat", "type", 1), Map.of("name", "Dog", "type", 1))));
        assertThat(result).hasStatus(201);
        return body(result).get("dataset_id").asString();
    }

    protected String tasksOf(String dataset) {
        return "/v2/" + project + "/datasets/" + dataset + "/workforce-tasks";
    }

    /** A {@code workforces_config}: team id, list of e-mails, team id, list of e-mails … */
    protected static Map<String, Object> config(Object... teamsAndEmailLists) {
        List<Map<String, Object>> workforces = new ArrayList<>();
        for (int i = 0; i < teamsAndEmailLists.length; i += 2) {
            @SuppressWarnings("unchecked") // the varargs alternate String and List<String>
            List<String> emails = (List<String>) teamsAndEmailLists[i + 1];
            workforces.add(Map.of(
                    "workforce_id",
                    teamsAndEmailLists[i],
                    "workers",
                    emails.stream().map(e -> Map.of("email", e)).toList()));
        }
        return Map.of("workforces", workforces);
    }

    protected static Map<String, Object> task(String name) {
        Map<String, Object> body = new HashMap<>();
        body.put("task_name", name);
        return body;
    }

    /** Creates a task in {@link #tasks}. */
    protected String createTask(Map<String, Object> body) {
        return createTask(tasks, body);
    }

    protected String createTask(String taskCollection, Map<String, Object> body) {
        MvcTestResult result = call(HttpMethod.POST, taskCollection, writer, body);
        assertThat(result).hasStatus(200);
        return body(result).get("task_id").asString();
    }

    /** A new dataset and a task over it assigned to the given members of one team; returns the task's path. */
    protected String taskFor(String name, String team, List<String> emails) {
        String collection = tasksOf(createDataset("ds-" + name));
        Map<String, Object> body = task(name);
        body.put("workforces_config", config(team, emails));
        return collection + "/" + createTask(collection, body);
    }

    protected JsonNode details(String taskId, String query) {
        return get(tasks + "/" + taskId + query);
    }

    protected static List<String> emails(JsonNode task) {
        List<String> emails = new ArrayList<>();
        task.get("workforces_config")
                .get("workforces")
                .valueStream()
                .forEach(team -> team.get("workers")
                        .valueStream()
                        .forEach(w -> emails.add(w.get("email").asString())));
        return emails;
    }

    /** Puts a task in a status the API cannot reach yet (acceptance). */
    protected void setStatus(String taskId, TaskStatus status) {
        jdbc.update("update workforce_task set status = ? where id = ?", status.code(), taskId);
    }

    // --- reading

    protected JsonNode get(String uri) {
        MvcTestResult result = call(HttpMethod.GET, uri, writer);
        assertThat(result).hasStatus(200);
        return body(result);
    }

    protected static List<String> texts(JsonNode array, String field) {
        return array.valueStream().map(node -> node.get(field).asString()).toList();
    }

    /** {@code role} of a member or member task, which must be a known code. */
    protected static WorkerRole role(JsonNode node) {
        assertThat(node.get("role").isInt())
                .as("role is a JSON integer in %s", node)
                .isTrue();
        return WorkerRole.of(node.get("role").asInt());
    }

    protected static WorkerStatus workerStatus(JsonNode node) {
        assertThat(node.get("status").isInt())
                .as("status is a JSON integer in %s", node)
                .isTrue();
        return WorkerStatus.of(node.get("status").asInt());
    }

    /** {@code field} ({@code status} of a task, {@code task_status} of a member task) as a task status. */
    protected static TaskStatus taskStatus(JsonNode node, String field) {
        assertThat(node.get(field).isInt())
                .as("%s is a JSON integer in %s", field, node)
                .isTrue();
        return TaskStatus.of(node.get(field).asInt());
    }

    protected static EmailStatus emailStatus(JsonNode node) {
        assertThat(node.get("email_status").isInt())
                .as("email_status is a JSON integer in %s", node)
                .isTrue();
        return EmailStatus.of(node.get("email_status").asInt());
    }

    // --- mail

    /** Awaitility with the bound every mail assertion uses. */
    protected static ConditionFactory eventually() {
        return Awaitility.await().atMost(Duration.ofSeconds(15)).pollInterval(Duration.ofMillis(50));
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
