package io.labelforce.task;

import static org.assertj.core.api.Assertions.assertThat;

import io.labelforce.ApiTest;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import tools.jackson.databind.JsonNode;

/** A fresh project with a dataset, and shortcuts for teams, members and tasks. */
abstract class TaskTestSupport extends ApiTest {

    @Autowired
    protected JdbcTemplate jdbc;

    protected String project;
    protected String writer;
    protected String datasetId;
    protected String tasks;

    @BeforeEach
    void newProjectWithDataset() {
        project = newProject();
        writer = apiKey("write", project);
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

    protected String createTeam(String name) {
        MvcTestResult result =
                call(HttpMethod.POST, "/v2/" + project + "/workforces", writer, Map.of("workforce_name", name));
        assertThat(result).hasStatus(201);
        return body(result).get("workforce_id").asString();
    }

    protected String addWorker(String workforceId, String email, int role) {
        MvcTestResult result = call(
                HttpMethod.POST,
                "/v2/" + project + "/workforces/" + workforceId + "/workers",
                writer,
                Map.of("emails", email, "role", role));
        assertThat(result).hasStatus(201);
        return body(result).get("worker_id").asString();
    }

    /** A team with {@code n} labelers {@code <prefix>0@example.com} … . */
    protected String teamWithLabelers(String name, String prefix, int n) {
        String team = createTeam(name);
        for (int i = 0; i < n; i++) {
            addWorker(team, prefix + i + "@example.com", 0);
        }
        return team;
    }

    protected static Map<String, Object> config(Object... teamsAndEmailLists) {
        List<Map<String, Object>> workforces = new ArrayList<>();
        for (int i = 0; i < teamsAndEmailLists.length; i += 2) {
            @SuppressWarnings("unchecked")
            List<String> emails = (List<String>) teamsAndEmailLists[i + 1];
            workforces.add(Map.of(
                    "workforce_id",
                    teamsAndEmailLists[i],
                    "workers",
                    emails.stream().map(e -> Map.of("email", e)).toList()));
        }
        return Map.of("workforces", workforces);
    }

    protected Map<String, Object> task(String name) {
        Map<String, Object> body = new HashMap<>();
        body.put("task_name", name);
        return body;
    }

    protected String createTask(Map<String, Object> body) {
        MvcTestResult result = call(HttpMethod.POST, tasks, writer, body);
        assertThat(result).hasStatus(200);
        return body(result).get("task_id").asString();
    }

    protected JsonNode details(String taskId, String query) {
        MvcTestResult result = call(HttpMethod.GET, tasks + "/" + taskId + query, writer);
        assertThat(result).hasStatus(200);
        return body(result);
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

    protected void setStatus(String taskId, int status) {
        jdbc.update("update workforce_task set status = ? where id = ?", status, taskId);
    }
}
