package io.labelforce.workforce;

import static org.assertj.core.api.Assertions.assertThat;

import io.labelforce.ApiTest;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import tools.jackson.databind.JsonNode;

/** A fresh project with a write key per test, and shortcuts to create teams and members. */
abstract class WorkforceTestSupport extends ApiTest {

    @Autowired
    protected JdbcTemplate jdbc;

    protected String project;
    protected String writer;
    protected String teams;

    @BeforeEach
    void newProjectAndKey() {
        project = newProject();
        writer = apiKey("write", project);
        teams = "/v2/" + project + "/workforces";
    }

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

    protected static Map<String, Object> worker(String email, Object role) {
        Map<String, Object> body = new HashMap<>();
        body.put("emails", email);
        body.put("role", role);
        body.put("description", "");
        return body;
    }

    protected String addWorker(String workforceId, String email, int role) {
        MvcTestResult result = call(HttpMethod.POST, members(workforceId), writer, worker(email, role));
        assertThat(result).hasStatus(201);
        return body(result).get("worker_id").asString();
    }

    protected JsonNode get(String uri) {
        MvcTestResult result = call(HttpMethod.GET, uri, writer);
        assertThat(result).hasStatus(200);
        return body(result);
    }

    protected static List<String> texts(JsonNode array, String field) {
        return array.valueStream().map(node -> node.get(field).asString()).toList();
    }
}
