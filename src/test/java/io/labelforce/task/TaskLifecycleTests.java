package io.labelforce.task;

import static org.assertj.core.api.Assertions.assertThat;

import io.labelforce.Fixtures;
import io.labelforce.workforce.WorkerRole;
import io.labelforce.workforce.WorkerStatus;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.http.HttpMethod;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/** Start, the status rules, and what tasks keep other modules from deleting. */
class TaskLifecycleTests extends Fixtures {

    @BeforeEach
    void dataset() {
        newDataset();
    }

    @Test
    void startRunsACreatedTaskOnce() {
        String team = teamWithLabelers("s", "s", 2);
        Map<String, Object> body = task("started");
        body.put("workforces_config", config(team, List.of("s0@example.com")));
        String taskId = createTask(body);

        MvcTestResult started = call(HttpMethod.POST, tasks + "/" + taskId, writer);
        assertThat(started).hasStatus(200);
        assertThat(body(started).size()).isZero();
        eventually()
                .untilAsserted(() ->
                        assertThat(taskStatus(details(taskId, ""), "status")).isEqualTo(TaskStatus.RUNNING));
        assertError(call(HttpMethod.POST, tasks + "/" + taskId, writer), 409, "Labelforce.4701", "status 1");
    }

    @Test
    void startWithTheReferenceExampleAssignsFirst() {
        String team = createTeam("starters");
        addWorker(team, "xiaozhang@163.com", WorkerRole.LABELER);
        addWorker(team, "xiaoli@163.com", WorkerRole.LABELER);
        String taskId = createTask(task("start-with-config"));
        assertThat(call(
                        HttpMethod.POST,
                        tasks + "/" + taskId,
                        writer,
                        "{\"workforces_config\":{\"workforces\":["
                                + "{\"workforce_id\":\"" + team + "\",\"workers\":[{\"email\":\"xiaozhang@163.com\"},"
                                + "{\"email\":\"xiaoli@163.com\"}]}]}}"))
                .hasStatus(200);
        eventually()
                .untilAsserted(() ->
                        assertThat(taskStatus(details(taskId, ""), "status")).isEqualTo(TaskStatus.RUNNING));
        assertThat(emails(details(taskId, ""))).hasSize(2);
    }

    @Test
    void startNeedsAsManyLabelersAsTheRepetition() {
        String team = teamWithLabelers("r", "r", 2);
        Map<String, Object> body = task("repeated");
        body.put("repetition", 3);
        body.put("workforces_config", config(team, List.of("r0@example.com", "r1@example.com")));
        String taskId = createTask(body);
        assertError(call(HttpMethod.POST, tasks + "/" + taskId, writer), 400, "ModelArts.4822", "at least 3");
        assertThat(taskStatus(details(taskId, ""), "status")).isEqualTo(TaskStatus.CREATED);
        String empty = createTask(task("nobody"));
        assertError(call(HttpMethod.POST, tasks + "/" + empty, writer), 400, "ModelArts.4822", "0 assigned");
    }

    @Test
    void aTaskDelegatedToAnAdministratorStartsWithoutMembers() {
        String team = createTeam("delegated");
        addWorker(team, "admin@example.com", WorkerRole.TEAM_ADMINISTRATOR);
        Map<String, Object> body = task("agency");
        body.put(
                "workforces_config",
                Map.of(
                        "agency",
                        "admin@example.com",
                        "workforces",
                        List.of(Map.of(
                                "workforce_id", team, "workers", List.of(Map.of("email", "admin@example.com"))))));
        String taskId = createTask(body);
        assertThat(call(HttpMethod.POST, tasks + "/" + taskId, writer)).hasStatus(200);
    }

    @ParameterizedTest(name = "status {0} refuses update, start and delete")
    @EnumSource(names = {"UNDER_ACCEPTANCE", "SYNCHRONISING", "SAMPLING"})
    void anAcceptanceInProgressFreezesTheTask(TaskStatus status) {
        String taskId = createTask(task("frozen"));
        setStatus(taskId, status);
        assertError(
                call(HttpMethod.PUT, tasks + "/" + taskId, writer, Map.of("description", "x")),
                409,
                "ModelArts.4623",
                "acceptance");
        assertError(call(HttpMethod.POST, tasks + "/" + taskId, writer), 409, "ModelArts.4623", "acceptance");
        assertError(call(HttpMethod.DELETE, tasks + "/" + taskId, writer), 409, "ModelArts.4623", "acceptance");
        assertThat(details(taskId, "").get("description").asString()).isEmpty();
    }

    @Test
    void aPassedTaskCannotChangeButCanBeDeleted() {
        String taskId = createTask(task("passed"));
        setStatus(taskId, TaskStatus.PASSED);
        assertError(
                call(HttpMethod.PUT, tasks + "/" + taskId, writer, Map.of("description", "x")),
                409,
                "Labelforce.4701",
                "status 3");
        assertError(call(HttpMethod.POST, tasks + "/" + taskId, writer), 409, "Labelforce.4701", "status 3");
        assertThat(call(HttpMethod.DELETE, tasks + "/" + taskId, writer)).hasStatus(204);
    }

    @Test
    void aRejectedTaskCanBeUpdatedAndStartedAgain() {
        String team = teamWithLabelers("again", "g", 1);
        Map<String, Object> body = task("rejected");
        body.put("workforces_config", config(team, List.of("g0@example.com")));
        String taskId = createTask(body);
        setStatus(taskId, TaskStatus.REJECTED);
        assertThat(call(HttpMethod.PUT, tasks + "/" + taskId, writer, Map.of("description", "redo")))
                .hasStatus(200);
        assertThat(call(HttpMethod.POST, tasks + "/" + taskId, writer)).hasStatus(200);
        eventually()
                .untilAsserted(() ->
                        assertThat(taskStatus(details(taskId, ""), "status")).isEqualTo(TaskStatus.RUNNING));
    }

    @Test
    void anAssignedMemberCannotBeRemovedUntilTheTaskIsFinished() {
        String team = teamWithLabelers("busy", "b", 2);
        Map<String, Object> body = task("keeps-members");
        body.put("workforces_config", config(team, List.of("b0@example.com")));
        String taskId = createTask(body);
        String members = "/v2/" + project + "/workforces/" + team + "/workers";
        String assigned = body(call(HttpMethod.GET, members, writer))
                .get("workers")
                .valueStream()
                .filter(w -> w.get("email").asString().equals("b0@example.com"))
                .findFirst()
                .orElseThrow()
                .get("worker_id")
                .asString();

        assertError(call(HttpMethod.DELETE, members + "/" + assigned, writer), 409, "ModelArts.4628", "");
        assertThat(workerStatus(body(call(HttpMethod.GET, members + "/" + assigned, writer))))
                .isNotEqualTo(WorkerStatus.REMOVED);

        setStatus(taskId, TaskStatus.PASSED);
        assertThat(call(HttpMethod.DELETE, members + "/" + assigned, writer)).hasStatus(204);
    }

    @Test
    void aTeamThatATaskUsesCannotBeDeleted() {
        String team = teamWithLabelers("used", "u", 1);
        Map<String, Object> body = task("uses-team");
        body.put("workforces_config", config(team, List.of("u0@example.com")));
        String taskId = createTask(body);
        assertError(
                call(HttpMethod.DELETE, "/v2/" + project + "/workforces/" + team, writer), 409, "ModelArts.4603", "");
        assertThat(call(HttpMethod.GET, "/v2/" + project + "/workforces/" + team, writer))
                .hasStatus(200);

        assertThat(call(HttpMethod.DELETE, tasks + "/" + taskId, writer)).hasStatus(204);
        assertThat(call(HttpMethod.DELETE, "/v2/" + project + "/workforces/" + team, writer))
                .hasStatus(204);
    }

    @Test
    void aDatasetWithAnUnfinishedTaskCannotBeDeleted() {
        String taskId = createTask(task("unfinished"));
        String dataset = "/v2/" + project + "/datasets/" + datasetId;
        assertThat(body(call(HttpMethod.GET, dataset, writer))
                        .get("workforce_task_count")
                        .asInt())
                .isEqualTo(1);
        assertError(call(HttpMethod.DELETE, dataset, writer), 403, "ModelArts.4803", "unfinished");

        setStatus(taskId, TaskStatus.PASSED);
        assertThat(call(HttpMethod.DELETE, dataset, writer)).hasStatus(204);
        assertThat(jdbc.queryForObject("select count(*) from workforce_task where id = ?", Integer.class, taskId))
                .isZero();
    }
}
