package io.labelforce.task;

import static org.assertj.core.api.Assertions.assertThat;

import io.labelforce.Fixtures;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.http.HttpMethod;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/** A task, team or dataset of another project can never be seen, changed or referenced.
 * For every kind of credential ({@link io.labelforce.ApiTest.CredentialKind}): each becomes the same caller.
 */
@ParameterizedClass
@EnumSource(io.labelforce.ApiTest.CredentialKind.class)
class TaskIsolationTests extends Fixtures {

    @BeforeEach
    void dataset() {
        newDataset();
    }

    TaskIsolationTests(CredentialKind kind) {
        this.credentialKind = kind;
    }

    @Test
    void aTeamOfAnotherProjectCannotBeAssigned() {
        String foreignProject = newProject();
        String foreignKey = apiKey("write", foreignProject);
        MvcTestResult team = call(
                HttpMethod.POST,
                "/v2/" + foreignProject + "/workforces",
                foreignKey,
                Map.of("workforce_name", "theirs"));
        String foreignTeam = body(team).get("workforce_id").asString();
        call(
                HttpMethod.POST,
                "/v2/" + foreignProject + "/workforces/" + foreignTeam + "/workers",
                foreignKey,
                Map.of("emails", "spy@example.com", "role", 0));

        Map<String, Object> body = task("borrowing");
        body.put("workforces_config", config(foreignTeam, List.of("spy@example.com")));
        assertError(call(HttpMethod.POST, tasks, writer, body), 400, "ModelArts.4601", foreignTeam);
        assertThat(body(call(HttpMethod.GET, tasks, writer)).get("count").asInt())
                .isZero();

        String taskId = createTask(task("mine"));
        assertError(
                call(
                        HttpMethod.PUT,
                        tasks + "/" + taskId,
                        writer,
                        Map.of("workforces_config", config(foreignTeam, List.of()))),
                400,
                "ModelArts.4601",
                foreignTeam);
    }

    @Test
    void anotherProjectsTokenReachesNoTask() {
        String taskId = createTask(task("private"));
        String stranger = apiKey("admin", newProject());
        String uri = tasks + "/" + taskId;
        assertError(call(HttpMethod.GET, tasks, stranger), 403, "ModelArts.0210", project);
        assertError(call(HttpMethod.GET, uri, stranger), 403, "ModelArts.0210", project);
        assertError(call(HttpMethod.PUT, uri, stranger, Map.of("description", "mine")), 403, "ModelArts.0210", project);
        assertError(call(HttpMethod.POST, uri, stranger), 403, "ModelArts.0210", project);
        assertError(call(HttpMethod.DELETE, uri, stranger), 403, "ModelArts.0210", project);
        assertThat(details(taskId, "").get("description").asString()).isEmpty();
    }

    @Test
    void aTaskIdUnderAnotherProjectsPathIsNotFound() {
        String taskId = createTask(task("hidden"));
        String otherProject = newProject();
        String otherKey = apiKey("write", otherProject);
        String foreignPath = "/v2/" + otherProject + "/datasets/" + datasetId + "/workforce-tasks/" + taskId;
        assertError(call(HttpMethod.GET, foreignPath, otherKey), 404, "ModelArts.4619", taskId);
        assertError(
                call(HttpMethod.PUT, foreignPath, otherKey, Map.of("description", "x")), 404, "ModelArts.4619", taskId);
        assertError(call(HttpMethod.POST, foreignPath, otherKey), 404, "ModelArts.4619", taskId);
        assertError(call(HttpMethod.DELETE, foreignPath, otherKey), 404, "ModelArts.4619", taskId);
        assertThat(details(taskId, "").get("task_name").asString()).isEqualTo("hidden");
    }

    @Test
    void aReadOnlyKeyCanReadTasksButNotChangeThem() {
        String taskId = createTask(task("read-only"));
        String reader = apiKey("read", project);
        assertThat(call(HttpMethod.GET, tasks + "/" + taskId, reader)).hasStatus(200);
        assertError(
                call(HttpMethod.PUT, tasks + "/" + taskId, reader, Map.of("description", "x")),
                403,
                "ModelArts.0108",
                "read");
        assertError(call(HttpMethod.POST, tasks, reader, task("new")), 403, "ModelArts.0108", "read");
    }
}
