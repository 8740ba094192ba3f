package io.labelforce.task;

import static org.assertj.core.api.Assertions.assertThat;

import io.labelforce.Fixtures;
import io.labelforce.workforce.WorkerRole;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpMethod;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import tools.jackson.databind.JsonNode;

/** ListWorkerTasks: a member's own tasks, by the e-mail its API key acts as. */
class WorkerTaskApiTests extends Fixtures {

    @BeforeEach
    void dataset() {
        newDataset();
    }

    private String memberKey(String email) {
        MvcTestResult key = call(
                HttpMethod.POST,
                "/admin/api-keys",
                ADMIN_TOKEN,
                Map.of("name", "member", "projects", List.of(project), "permission", "read", "worker_email", email));
        return body(key).get("token").asString();
    }

    private String workerTasks() {
        return "/v2/" + project + "/workforces/worker-tasks";
    }

    @Test
    void aMemberSeesTheTasksItIsAssignedTo() {
        String team = teamWithLabelers("crew", "c", 2);
        addWorker(team, "lead@example.com", WorkerRole.TEAM_ADMINISTRATOR);
        for (String name : List.of("alpha", "beta", "gamma")) {
            Map<String, Object> body = task(name);
            body.put("workforces_config", config(team, List.of("c0@example.com", "lead@example.com")));
            String taskId = createTask(body);
            if (!name.equals("gamma")) {
                assertThat(call(HttpMethod.POST, tasks + "/" + taskId, writer)).hasStatus(200);
            }
        }
        Map<String, Object> other = task("not-mine");
        other.put("workforces_config", config(team, List.of("c1@example.com")));
        assertThat(call(HttpMethod.POST, tasks + "/" + createTask(other), writer))
                .hasStatus(200);

        // a labeler does not see the task still in status 6 (created); started ones run once distributed
        String c0 = memberKey("C0@example.com");
        eventually()
                .untilAsserted(() -> assertThat(
                                body(call(HttpMethod.GET, workerTasks(), c0)).findValues("task_status").stream()
                                        .map(JsonNode::asInt))
                        .containsOnly(TaskStatus.RUNNING.code()));
        // starting a task mails its members (the outbox, after the commit): both member tasks are marked sent
        eventually()
                .untilAsserted(() -> assertThat(
                                body(call(HttpMethod.GET, workerTasks(), c0)).findValues("email_status").stream()
                                        .map(JsonNode::asInt))
                        .containsOnly(EmailStatus.SENT.code()));
        JsonNode mine = body(call(HttpMethod.GET, workerTasks(), c0));
        assertThat(mine.get("count").asInt()).isEqualTo(2);
        assertThat(names(mine)).containsExactly("beta", "alpha");
        JsonNode item = mine.get("worker_tasks").get(0);
        assertThat(item.get("email").asString()).isEqualTo("c0@example.com");
        assertThat(item.get("worker_id").asString()).matches("[0-9a-f]{32}");
        assertThat(role(item)).isEqualTo(WorkerRole.LABELER);
        assertThat(item.get("task_id").asString()).matches("[A-Za-z0-9]{19}");
        assertThat(item.get("dataset_id").asString()).isEqualTo(datasetId);
        assertThat(item.get("dataset_type").asInt()).isEqualTo(1);
        assertThat(taskStatus(item, "task_status")).isEqualTo(TaskStatus.RUNNING);
        assertThat(emailStatus(item)).isEqualTo(EmailStatus.SENT);
        assertThat(item.get("last_notify_time").asLong()).isPositive();
        assertThat(item.get("sample_stats").get("total_sample_count").asInt()).isZero();
        assertThat(item.get("create_time").asLong()).isPositive();

        // the team administrator sees the created one too
        assertThat(names(body(call(
                        HttpMethod.GET,
                        workerTasks() + "?sort_by=workforce_task_name&order=asc",
                        memberKey("lead@example.com")))))
                .containsExactly("alpha", "beta", "gamma");

        String key = memberKey("c0@example.com");
        assertThat(names(body(call(HttpMethod.GET, workerTasks() + "?limit=1&offset=1", key))))
                .containsExactly("alpha");
        assertThat(names(body(call(HttpMethod.GET, workerTasks() + "?search_content=ALP", key))))
                .containsExactly("alpha");
        assertThat(names(body(call(HttpMethod.GET, workerTasks() + "?search_content=%25", key))))
                .isEmpty();
        assertError(call(HttpMethod.GET, workerTasks() + "?limit=101", key), 400, "ModelArts.0104", "limit");
        assertError(call(HttpMethod.GET, workerTasks() + "?sort_by=status", key), 400, "ModelArts.0104", "sort_by");
    }

    @Test
    void aPersonInTwoTeamsOfOneTaskGetsOneMailAndBothMemberTasksAreMarkedSent() {
        String run = Long.toString(System.nanoTime());
        String both = "both" + run + "@example.com";
        String solo = "solo" + run + "@example.com";
        String red = createTeam("red" + run);
        String blue = createTeam("blue" + run);
        addWorker(red, both, WorkerRole.LABELER);
        addWorker(blue, both, WorkerRole.LABELER);
        addWorker(blue, solo, WorkerRole.LABELER);
        String taskName = "twice-" + run;
        Map<String, Object> body = task(taskName);
        body.put("workforces_config", config(red, List.of(both), blue, List.of(both, solo)));
        String taskId = createTask(body);
        assertThat(call(HttpMethod.POST, tasks + "/" + taskId, writer)).hasStatus(200);

        String key = memberKey(both);
        eventually()
                .untilAsserted(() -> assertThat(
                                body(call(HttpMethod.GET, workerTasks(), key)).findValues("email_status").stream()
                                        .map(JsonNode::asInt))
                        .containsExactly(EmailStatus.SENT.code(), EmailStatus.SENT.code()));
        eventually().untilAsserted(() -> assertThat(taskMails(solo, taskName)).hasSize(1));
        assertThat(taskMails(both, taskName))
                .as("one mail for the person, not one per team")
                .hasSize(1);
    }

    /** The task notifications an address received for one task (invitations are mailed to it as well). */
    private List<jakarta.mail.internet.MimeMessage> taskMails(String address, String taskName) {
        return mailsTo(address).stream()
                .filter(mail -> text(mail).contains(taskName))
                .toList();
    }

    @Test
    void aKeyWithoutAMemberIdentityIsRefused() {
        assertError(call(HttpMethod.GET, workerTasks(), writer), 403, "ModelArts.4600", "worker_email");
    }

    @Test
    void aMemberSeesNothingOfAnotherProject() {
        String team = teamWithLabelers("crew", "x", 1);
        Map<String, Object> body = task("elsewhere");
        body.put("workforces_config", config(team, List.of("x0@example.com")));
        assertThat(call(HttpMethod.POST, tasks + "/" + createTask(body), writer))
                .hasStatus(200);

        String otherProject = newProject();
        String key = body(call(
                        HttpMethod.POST,
                        "/admin/api-keys",
                        ADMIN_TOKEN,
                        Map.of(
                                "name",
                                "m",
                                "projects",
                                List.of(otherProject),
                                "permission",
                                "read",
                                "worker_email",
                                "x0@example.com")))
                .get("token")
                .asString();
        assertThat(body(call(HttpMethod.GET, "/v2/" + otherProject + "/workforces/worker-tasks", key))
                        .get("count")
                        .asInt())
                .isZero();
    }

    private static List<String> names(JsonNode list) {
        return list.get("worker_tasks")
                .valueStream()
                .map(t -> t.get("workforce_task_name").asString())
                .toList();
    }
}
