package io.labelforce.task;

import static org.assertj.core.api.Assertions.assertThat;

import io.labelforce.Fixtures;
import io.labelforce.workforce.WorkerRole;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.http.HttpMethod;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import tools.jackson.databind.JsonNode;

class TaskApiTests extends Fixtures {

    @BeforeEach
    void dataset() {
        newDataset();
    }

    @Test
    void theReferenceUpdateExampleWorksAsPrinted() {
        String team = createTeam("team-123");
        addWorker(team, "xiaozhang@163.com", WorkerRole.LABELER);
        addWorker(team, "xiaoli@163.com", WorkerRole.LABELER);
        String taskId = createTask(task("task-e63f"));

        MvcTestResult updated = call(
                HttpMethod.PUT,
                tasks + "/" + taskId,
                writer,
                "{\"workforces_config\":{"
                        + "\"workforces\":[{\"workforce_id\":\"" + team
                        + "\",\"workers\":[{\"email\":\"xiaozhang@163.com\"},"
                        + "{\"email\":\"xiaoli@163.com\"}]}]}}");
        assertThat(updated).hasStatus(200);
        assertThat(body(updated).isObject()).isTrue();
        assertThat(body(updated).size()).isZero();

        JsonNode task = details(taskId, "");
        JsonNode assigned = task.get("workforces_config").get("workforces").get(0);
        assertThat(assigned.get("workforce_id").asString()).isEqualTo(team);
        assertThat(assigned.get("workforce_name").asString()).isEqualTo("team-123");
        assertThat(assigned.get("workers")).hasSize(2);
        assertThat(assigned.get("workers").get(0).get("worker_id").asString()).matches("[0-9a-f]{32}");
        assertThat(role(assigned.get("workers").get(0))).isEqualTo(WorkerRole.LABELER);
        assertThat(emails(task)).containsExactlyInAnyOrder("xiaozhang@163.com", "xiaoli@163.com");
    }

    @Test
    void theReferenceCreateExampleIsAccepted() {
        String team = createTeam("team-1");
        addWorker(team, "a@example.com", WorkerRole.LABELER);
        addWorker(team, "b@example.com", WorkerRole.REVIEWER);
        String body = """
                { "workspace_id" : "0", "task_name" : "task-eb17", "task_type" : 0, "description" : "", "version_id" : "",
                  "labels" : [ { "name" : "Cat", "type" : 0, "property" : { "@modelarts:color" : "#3399ff" } },
                               { "name" : "Dog", "type" : 0, "property" : { "@modelarts:color" : "#3399ff" } } ],
                  "synchronize_data" : false, "synchronize_auto_labeling_data" : false,
                  "workforces_config" : { "workforces" : [ { "workforce_id" : "TEAM",
                       "workers" : [ { "email" : "a@example.com" }, { "email" : "b@example.com" } ] } ] },
                  "auto_sync_dataset" : false }
                """.replace("TEAM", team);
        MvcTestResult created = call(HttpMethod.POST, tasks, writer, body);
        assertThat(created).hasStatus(200);
        String taskId = body(created).get("task_id").asString();
        assertThat(taskId).matches("[A-Za-z0-9]{19}");

        JsonNode task = details(taskId, "?workforce_stats=true&sample_stats=true&label_stats=true");
        assertThat(task.get("task_id").asString()).isEqualTo(taskId);
        assertThat(task.get("task_name").asString()).isEqualTo("task-eb17");
        assertThat(task.get("dataset_id").asString()).isEqualTo(datasetId);
        assertThat(taskStatus(task, "status")).isEqualTo(TaskStatus.CREATED);
        assertThat(task.get("repetition").asInt()).isEqualTo(1);
        assertThat(task.get("auto_sync_dataset").asBoolean()).isFalse();
        assertThat(task.get("synchronize_data").asBoolean()).isFalse();
        assertThat(task.get("create_time").asLong()).isPositive();
        assertThat(task.get("update_time").asLong())
                .isGreaterThanOrEqualTo(task.get("create_time").asLong());
        assertThat(task.get("workforce_stats").get("workforce_count").asInt()).isEqualTo(1);
        assertThat(task.get("workforce_stats").get("labeler_count").asInt()).isEqualTo(1);
        assertThat(task.get("workforce_stats").get("reviewer_count").asInt()).isEqualTo(1);
        assertThat(task.get("sample_stats").get("total_sample_count").asInt()).isZero();
        assertThat(task.get("label_stats").valueStream().map(l -> l.get("name").asString()))
                .containsExactly("Cat", "Dog");
        assertThat(task.get("worker_stats")).hasSize(2);
        JsonNode member = task.get("worker_stats").get(0);
        assertThat(member.get("task_id").asString()).isEqualTo(taskId);
        assertThat(member.get("workforce_task_name").asString()).isEqualTo("task-eb17");
        assertThat(member.get("dataset_id").asString()).isEqualTo(datasetId);
        assertThat(emailStatus(member)).isEqualTo(EmailStatus.NOT_SENT);
        assertThat(member.get("last_notify_time").asLong()).isZero();
        assertThat(member.get("sample_stats").get("total_sample_count").asInt()).isZero();
    }

    @Test
    void detailsShowStatisticsOnlyOnRequestAndCarryAnETag() {
        String taskId = createTask(task("plain"));
        MvcTestResult result = call(HttpMethod.GET, tasks + "/" + taskId, writer);
        assertThat(result.getResponse().getHeader("ETag")).matches("\"\\d+\"");
        JsonNode task = body(result);
        assertThat(task.has("workforce_stats")).isFalse();
        assertThat(task.has("sample_stats")).isFalse();
        assertThat(task.has("label_stats")).isFalse();
        assertThat(task.get("worker_stats")).isEmpty();
    }

    @Test
    void sampleStatsCountTheDatasetsSamples() {
        String taskId = createTask(task("counted"));
        for (String state : List.of("NONE", "NONE", "ALL", "AUTO_ANNOTATION")) {
            String id = io.labelforce.common.Ids.hex32();
            jdbc.update(
                    "insert into sample (id, project_id, dataset_id, sample_state, object_key, create_time, "
                            + "update_time) values (?, ?, ?, ?, ?, now(), now())",
                    id,
                    project,
                    datasetId,
                    state,
                    id);
        }
        JsonNode stats = details(taskId, "?sample_stats=true").get("sample_stats");
        assertThat(stats.get("total_sample_count").asInt()).isEqualTo(4);
        assertThat(stats.get("unannotated_sample_count").asInt()).isEqualTo(2);
        assertThat(stats.get("unreviewed_sample_count").asInt()).isEqualTo(1);
        assertThat(stats.get("auto_annotation_sample_count").asInt()).isEqualTo(1);
    }

    @Test
    void listShowsTasksNewestFirstWithStatsAndPages() {
        String team = teamWithLabelers("t", "l", 2);
        createTask(task("first"));
        Map<String, Object> second = task("second");
        second.put("workforces_config", config(team, List.of("l0@example.com")));
        createTask(second);

        JsonNode list = body(call(HttpMethod.GET, tasks, writer));
        assertThat(list.get("count").asInt()).isEqualTo(2);
        assertThat(list.get("tasks").valueStream().map(t -> t.get("task_name").asString()))
                .containsExactly("second", "first");
        JsonNode newest = list.get("tasks").get(0);
        assertThat(newest.get("workforce_stats").get("labeler_count").asInt()).isEqualTo(1);
        assertThat(newest.get("sample_stats").get("total_sample_count").asInt()).isZero();
        assertThat(newest.has("worker_stats")).isFalse();
        assertThat(emails(newest)).containsExactly("l0@example.com");

        JsonNode page = body(call(HttpMethod.GET, tasks + "?limit=1&offset=1", writer));
        assertThat(page.get("count").asInt()).isEqualTo(2);
        assertThat(page.get("tasks").get(0).get("task_name").asString()).isEqualTo("first");
        assertError(call(HttpMethod.GET, tasks + "?limit=0", writer), 400, "ModelArts.0104", "limit");
        assertError(call(HttpMethod.GET, tasks + "?limit=1001", writer), 400, "ModelArts.0104", "limit");
        assertThat(body(call(HttpMethod.GET, tasks + "?limit=1000", writer))
                        .get("count")
                        .asInt())
                .isEqualTo(2);
    }

    @Test
    void taskNamesAreUniquePerDataset() {
        createTask(task("twin"));
        String other = createTask(task("other"));
        assertError(call(HttpMethod.POST, tasks, writer, task("twin")), 409, "ModelArts.4620", "already exists");
        assertError(
                call(HttpMethod.PUT, tasks + "/" + other, writer, Map.of("task_name", "twin")),
                409,
                "ModelArts.4620",
                "already exists");
        String secondDataset = createDataset("ds2");
        assertThat(call(HttpMethod.POST, tasksOf(secondDataset), writer, task("twin")))
                .hasStatus(200);
    }

    @ParameterizedTest(name = "{0}={1} is rejected")
    @CsvSource(
            delimiter = '|',
            nullValues = "NULL",
            value = {
                "task_name|NULL|task_name",
                "task_name|''|task_name",
                "task_name|with space|task_name",
                "task_name|x12345678901234567890123456789012345678901234567890123456789012345|task_name",
                "description|no=way|description",
                "description|caret^|description",
                "repetition|0|repetition",
                "data_sync_type|4|data_sync_type",
            })
    void createRejectsBrokenFields(String field, String value, String named) {
        Map<String, Object> body = task("valid");
        body.put(field, field.equals("repetition") || field.equals("data_sync_type") ? Integer.valueOf(value) : value);
        assertError(call(HttpMethod.POST, tasks, writer, body), 400, "ModelArts.0104", named);
        assertThat(body(call(HttpMethod.GET, tasks, writer)).get("count").asInt())
                .isZero();
    }

    @Test
    void descriptionOf256IsAcceptedAnd257Rejected() {
        Map<String, Object> body = task("long");
        body.put("description", "d".repeat(257));
        assertError(call(HttpMethod.POST, tasks, writer, body), 400, "ModelArts.0104", "description");
        body.put("description", "d".repeat(256));
        assertThat(call(HttpMethod.POST, tasks, writer, body)).hasStatus(200);
    }

    @Test
    void workforcesConfigIsCheckedAgainstTheProjectsTeams() {
        String team = teamWithLabelers("team", "m", 1);
        addWorker(team, "boss@example.com", WorkerRole.TEAM_ADMINISTRATOR);
        String removed = addWorker(team, "gone@example.com", WorkerRole.LABELER);
        assertThat(call(HttpMethod.DELETE, "/v2/" + project + "/workforces/" + team + "/workers/" + removed, writer))
                .hasStatus(204);
        String taskId = createTask(task("checked"));
        String uri = tasks + "/" + taskId;

        assertError(
                call(
                        HttpMethod.PUT,
                        uri,
                        writer,
                        Map.of("workforces_config", config("NoSuchTeam123456789", List.of()))),
                400,
                "ModelArts.4601",
                "NoSuchTeam123456789");
        assertError(
                call(
                        HttpMethod.PUT,
                        uri,
                        writer,
                        Map.of("workforces_config", config(team, List.of("stranger@example.com")))),
                400,
                "ModelArts.4604",
                "stranger@example.com");
        assertError(
                call(
                        HttpMethod.PUT,
                        uri,
                        writer,
                        Map.of("workforces_config", config(team, List.of("gone@example.com")))),
                400,
                "ModelArts.4604",
                "gone@example.com");
        assertError(
                call(HttpMethod.PUT, uri, writer, Map.of("workforces_config", config(team, List.of("not-an-address")))),
                400,
                "ModelArts.0104",
                "not-an-address");
        assertError(
                call(
                        HttpMethod.PUT,
                        uri,
                        writer,
                        Map.of("workforces_config", config(team, List.of("m0@example.com", "M0@example.com")))),
                400,
                "ModelArts.0104",
                "twice");
        assertError(
                call(
                        HttpMethod.PUT,
                        uri,
                        writer,
                        Map.of("workforces_config", config(team, List.of(), team, List.of()))),
                400,
                "ModelArts.0104",
                "twice");
        assertError(
                call(
                        HttpMethod.PUT,
                        uri,
                        writer,
                        Map.of(
                                "workforces_config",
                                Map.of(
                                        "agency",
                                        "m0@example.com",
                                        "workforces",
                                        List.of(Map.of("workforce_id", team))))),
                400,
                "ModelArts.0104",
                "agency");
        assertError(
                call(
                        HttpMethod.PUT,
                        uri,
                        writer,
                        Map.of(
                                "workforces_config",
                                Map.of(
                                        "workforces",
                                        List.of(Map.of("workforce_id", team, "workforce_name", "bad<name>"))))),
                400,
                "ModelArts.0104",
                "workforce_name");
        assertThat(details(taskId, "").get("workforces_config").get("workforces"))
                .isEmpty();

        // an e-mail in another case and an agency that is the team administrator are fine
        assertThat(call(
                        HttpMethod.PUT,
                        uri,
                        writer,
                        Map.of(
                                "workforces_config",
                                Map.of(
                                        "agency",
                                        "Boss@Example.com",
                                        "workforces",
                                        List.of(Map.of(
                                                "workforce_id",
                                                team,
                                                "workers",
                                                List.of(
                                                        Map.of("email", " M0@Example.com "),
                                                        Map.of("email", "boss@example.com"))))))))
                .hasStatus(200);
        JsonNode task = details(taskId, "");
        assertThat(task.get("workforces_config").get("agency").asString()).isEqualTo("boss@example.com");
        assertThat(emails(task)).containsExactlyInAnyOrder("m0@example.com", "boss@example.com");
    }

    @Test
    void anEmptyWorkersListMeansTheWholeTeam() {
        String team = teamWithLabelers("whole", "w", 3);
        Map<String, Object> body = task("whole-team");
        body.put(
                "workforces_config", Map.of("workforces", List.of(Map.of("workforce_id", team, "workers", List.of()))));
        String taskId = createTask(body);
        assertThat(emails(details(taskId, "")))
                .containsExactlyInAnyOrder("w0@example.com", "w1@example.com", "w2@example.com");
    }

    @Test
    void aPartialUpdateChangesOnlyWhatItNames() {
        String team = teamWithLabelers("p", "p", 2);
        Map<String, Object> body = task("partial");
        body.put("description", "before");
        body.put("workforces_config", config(team, List.of("p0@example.com", "p1@example.com")));
        String taskId = createTask(body);

        assertThat(call(HttpMethod.PUT, tasks + "/" + taskId, writer, Map.of("description", "after")))
                .hasStatus(200);
        JsonNode task = details(taskId, "");
        assertThat(task.get("description").asString()).isEqualTo("after");
        assertThat(task.get("task_name").asString()).isEqualTo("partial");
        assertThat(emails(task)).containsExactlyInAnyOrder("p0@example.com", "p1@example.com");

        assertThat(call(HttpMethod.PUT, tasks + "/" + taskId, writer, Map.of("task_name", "renamed")))
                .hasStatus(200);
        assertThat(details(taskId, "").get("description").asString()).isEqualTo("after");
    }

    @Test
    void aFailingReplacementChangesNothing() {
        String first = teamWithLabelers("a", "a", 2);
        String second = teamWithLabelers("b", "b", 2);
        Map<String, Object> body = task("atomic");
        body.put("workforces_config", config(first, List.of("a0@example.com")));
        String taskId = createTask(body);
        long before = details(taskId, "").get("update_time").asLong();

        // good first team, bad e-mail in the last team
        assertError(
                call(
                        HttpMethod.PUT,
                        tasks + "/" + taskId,
                        writer,
                        Map.of(
                                "task_name",
                                "changed",
                                "workforces_config",
                                config(
                                        first,
                                        List.of("a1@example.com"),
                                        second,
                                        List.of("b0@example.com", "nobody@example.com")))),
                400,
                "ModelArts.4604",
                "nobody@example.com");

        JsonNode task = details(taskId, "");
        assertThat(task.get("task_name").asString()).isEqualTo("atomic");
        assertThat(emails(task)).containsExactly("a0@example.com");
        assertThat(task.get("update_time").asLong()).isEqualTo(before);
    }

    @Test
    void replacingKeepsTheHistoryOfMembersWhoStay() {
        String team = teamWithLabelers("h", "h", 3);
        Map<String, Object> body = task("history");
        body.put("workforces_config", config(team, List.of("h0@example.com", "h1@example.com")));
        String taskId = createTask(body);
        jdbc.update(
                "update workforce_task_worker set email_status = 3 where task_id = ? and email = ?",
                taskId,
                "h0@example.com");

        assertThat(call(
                        HttpMethod.PUT,
                        tasks + "/" + taskId,
                        writer,
                        Map.of("workforces_config", config(team, List.of("h0@example.com", "h2@example.com")))))
                .hasStatus(200);
        JsonNode task = details(taskId, "");
        assertThat(emails(task)).containsExactlyInAnyOrder("h0@example.com", "h2@example.com");
        JsonNode h0 = task.get("worker_stats")
                .valueStream()
                .filter(w -> w.get("email").asString().equals("h0@example.com"))
                .findFirst()
                .orElseThrow();
        assertThat(emailStatus(h0)).isEqualTo(EmailStatus.SENT);
    }

    @Test
    void idsInTheBodyMustMatchThePath() {
        String taskId = createTask(task("ids"));
        assertError(
                call(HttpMethod.PUT, tasks + "/" + taskId, writer, Map.of("task_id", "other")),
                400,
                "ModelArts.0104",
                "task_id");
        assertError(
                call(HttpMethod.PUT, tasks + "/" + taskId, writer, Map.of("dataset_id", "other")),
                400,
                "ModelArts.0104",
                "dataset_id");
        assertThat(call(
                        HttpMethod.PUT,
                        tasks + "/" + taskId,
                        writer,
                        Map.of("task_id", taskId, "dataset_id", datasetId, "description", "same ids")))
                .hasStatus(200);
    }

    @Test
    void unknownTasksAndDatasetsAre404() {
        String taskId = createTask(task("known"));
        assertError(call(HttpMethod.GET, tasks + "/NoSuchTask123456789", writer), 404, "ModelArts.4619", "NoSuchTask");
        assertError(
                call(HttpMethod.PUT, tasks + "/NoSuchTask123456789", writer, Map.of("description", "x")),
                404,
                "ModelArts.4619",
                "NoSuchTask");
        assertError(call(HttpMethod.DELETE, tasks + "/NoSuchTask123456789", writer), 404, "ModelArts.4619", "");
        assertError(call(HttpMethod.POST, tasks + "/NoSuchTask123456789", writer, "{}"), 404, "ModelArts.4619", "");
        assertError(call(HttpMethod.GET, tasksOf("NoSuchDataset123456"), writer), 404, "ModelArts.4352", "");
        assertError(
                call(HttpMethod.POST, tasksOf("NoSuchDataset123456"), writer, task("x")), 404, "ModelArts.4352", "");
        // a task is found only under its own dataset
        String otherDataset = createDataset("other");
        assertError(call(HttpMethod.GET, tasksOf(otherDataset) + "/" + taskId, writer), 404, "ModelArts.4619", "");
    }

    @Test
    void deleteRemovesTheTaskAndItsAssignment() {
        String team = teamWithLabelers("d", "d", 1);
        Map<String, Object> body = task("deleted");
        body.put("workforces_config", config(team, List.of("d0@example.com")));
        String taskId = createTask(body);
        assertThat(call(HttpMethod.DELETE, tasks + "/" + taskId, writer)).hasStatus(204);
        assertError(call(HttpMethod.GET, tasks + "/" + taskId, writer), 404, "ModelArts.4619", taskId);
        assertThat(jdbc.queryForObject(
                        "select count(*) from workforce_task_worker where task_id = ?", Integer.class, taskId))
                .isZero();
    }
}
