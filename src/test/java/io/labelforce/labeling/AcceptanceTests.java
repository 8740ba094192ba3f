package io.labelforce.labeling;

import static org.assertj.core.api.Assertions.assertThat;

import io.labelforce.ConcurrentRequests;
import io.labelforce.task.TaskStatus;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpMethod;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import tools.jackson.databind.JsonNode;

/** Acceptance (23–26): sampling, the owner's verdicts, the report, the finishing actions and the sync. */
class AcceptanceTests extends LabelingTestSupport {

    private List<String> samples;
    private String taskId;
    private String labeler;
    private List<String> own;

    /** One labeler without reviewer, 4 samples, all labeled (awaiting acceptance). */
    @BeforeEach
    void labeledTask() {
        newDataset();
        samples = addSamples(datasetId, "img-", 4);
        String team = teamWithLabelers("solo", "s", 1);
        taskId = startedTask("accepted", 1, config(team, List.of("s0@example.com")));
        labeler = memberKey("s0@example.com");
        own = sampleIds(copies(taskId, labeler, "?limit=100"));
        assertThat(body(label(taskId, labeler, own, "Cat")).get("success").asBoolean())
                .isTrue();
        assertThat(stats(taskId)).containsEntry("uncheck", 4);
    }

    private MvcTestResult startAcceptance(String key, Map<String, Object> body) {
        return call(HttpMethod.POST, taskPath(taskId) + "/acceptance", key, body);
    }

    private MvcTestResult finish(int action) {
        return call(HttpMethod.PUT, taskPath(taskId) + "/acceptance/status", writer, Map.of("action", action));
    }

    private MvcTestResult verdicts(List<String> ids, boolean accept, String score) {
        return call(
                HttpMethod.POST,
                taskPath(taskId) + "/acceptance/batch-comment",
                writer,
                Map.of(
                        "comments",
                        ids.stream()
                                .map(id -> Map.of("sample_id", id, "accept", accept, "score", score, "comment", ""))
                                .toList()));
    }

    private List<String> sampled() {
        return jdbc.queryForList(
                "select sample_id from task_sample where task_id = ? and checking_task_id is not null order by sample_id",
                String.class,
                taskId);
    }

    @Test
    void sampleJudgeReportPassAllAndSync() {
        // a member key never reaches the acceptance routes: the one authorization point refuses it (I10)
        assertError(startAcceptance(labeler, Map.of("sampling_num", 2)), 403, "ModelArts.0108", "member key");
        assertError(startAcceptance(writer, Map.of()), 400, "ModelArts.0104", "exactly one");
        assertError(
                startAcceptance(writer, Map.of("sampling_num", 2, "sampling_rate", 0.5)),
                400,
                "ModelArts.0104",
                "exactly one");
        assertError(startAcceptance(writer, Map.of("sampling_rate", 1.5)), 400, "ModelArts.0104", "sampling_rate");
        MvcTestResult started = startAcceptance(writer, Map.of("sampling_num", 2));
        assertThat(started).hasStatus(200);
        String checking = body(started).get("task_id").asString();
        assertThat(taskStatus(details(taskId, ""), "status")).isEqualTo(TaskStatus.UNDER_ACCEPTANCE);
        assertThat(stats(taskId)).containsEntry("uncheck", 2).containsEntry("sampled", 2);
        List<String> picked = sampled();
        assertThat(picked).hasSize(2);
        // at most one acceptance at a time
        assertError(startAcceptance(writer, Map.of("sampling_num", 1)), 409, "ModelArts.4623", "acceptance");
        // a sampled copy is not labeled any more
        JsonNode refused = body(label(taskId, labeler, picked.subList(0, 1), "Dog"));
        assertThat(refused.get("results").get(0).get("error_code").asString()).isEqualTo("Labelforce.4702");
        assertThat(refused.get("results").get(0).get("error_msg").asString()).contains("WORKFORCE_SAMPLED_UNCHECK");

        assertThat(body(verdicts(picked.subList(0, 1), true, "A"))
                        .get("success")
                        .asBoolean())
                .isTrue();
        assertThat(body(verdicts(picked.subList(1, 2), false, "C"))
                        .get("success")
                        .asBoolean())
                .isTrue();
        String notSampled =
                own.stream().filter(id -> !picked.contains(id)).findFirst().orElseThrow();
        assertThat(body(verdicts(List.of(notSampled), true, "A"))
                        .get("results")
                        .get(0)
                        .get("error_code")
                        .asString())
                .isEqualTo("ModelArts.4420");
        JsonNode report = get(taskPath(taskId) + "/acceptance/report?checking_task_id=" + checking)
                .get("checking_stats");
        assertThat(report.get("sampling_num").asInt()).isEqualTo(2);
        assertThat(report.get("total_sample_count").asInt()).isEqualTo(4);
        assertThat(report.get("sampled_sample_count").asInt()).isEqualTo(2);
        assertThat(report.get("checked_sample_count").asInt()).isEqualTo(2);
        assertThat(report.get("unchecked_sample_count").asInt()).isZero();
        assertThat(report.get("accepted_sample_count").asInt()).isEqualTo(1);
        assertThat(report.get("rejected_sample_count").asInt()).isEqualTo(1);
        assertThat(report.get("pass_rate").asDouble()).isEqualTo(0.5);
        assertThat(report.get("score").asString()).isEqualTo("B");
        assertThat(report.get("total_score").asLong()).isEqualTo(6);
        JsonNode view = details(taskId, "");
        assertThat(view.get("check_rate").asDouble()).isEqualTo(0.5);
        assertThat(view.get("pass_rate").asDouble()).isEqualTo(0.5);

        assertThat(finish(0)).hasStatus(200);
        assertThat(taskStatus(details(taskId, ""), "status")).isEqualTo(TaskStatus.PASSED);
        assertThat(stats(taskId))
                .containsEntry("accepted", 4)
                .containsEntry("uncheck", 0)
                .containsEntry("sampled", 0);
        // auto_sync_dataset (default true): the accepted labels are the dataset's now
        assertThat(jdbc.queryForList(
                        "select sample_state || ':' || (labels->0->>'name') from sample where dataset_id = ?",
                        String.class,
                        datasetId))
                .containsOnly("ALL:Cat")
                .hasSize(4);
        assertThat(samples).containsExactlyInAnyOrderElementsOf(own);
        assertError(finish(0), 409, "Labelforce.4701", "status 3");
    }

    @Test
    void rejectAllSendsEveryCopyBackAndTheTaskStartsAgain() {
        assertThat(startAcceptance(writer, Map.of("sampling_rate", 0.5))).hasStatus(200);
        assertThat(sampled()).hasSize(2);
        assertThat(finish(1)).hasStatus(200);
        assertThat(taskStatus(details(taskId, ""), "status")).isEqualTo(TaskStatus.REJECTED);
        assertThat(stats(taskId)).containsEntry("rejected", 4);
        assertThat(jdbc.queryForObject(
                        "select count(*) from sample where dataset_id = ? and sample_state = 'NONE'",
                        Long.class,
                        datasetId))
                .isEqualTo(4);
        assertThat(call(HttpMethod.POST, taskPath(taskId), writer)).hasStatus(200);
        awaitStatus(taskId, TaskStatus.RUNNING);
        assertThat(stats(taskId)).containsEntry("total", 4).containsEntry("rejected", 4);
        assertThat(body(label(taskId, labeler, own, "Dog")).get("success").asBoolean())
                .isTrue();
        assertThat(stats(taskId)).containsEntry("uncheck", 4);
    }

    @Test
    void cancelPutsTheSampleBackAndPartialPassRejectsTheRest() {
        assertThat(startAcceptance(writer, Map.of("sampling_num", 3))).hasStatus(200);
        assertThat(verdicts(sampled().subList(0, 1), false, "D")).hasStatus(200);
        assertThat(finish(2)).hasStatus(200);
        assertThat(taskStatus(details(taskId, ""), "status")).isEqualTo(TaskStatus.RUNNING);
        assertThat(stats(taskId)).containsEntry("uncheck", 4).containsEntry("sampled", 0);
        assertThat(sampled()).isEmpty();
        assertError(finish(2), 409, "Labelforce.4701", "status 1");

        // action 5: only the sampled copies the owner accepted pass; the rest go back, the task is rejected
        assertThat(startAcceptance(writer, Map.of("sampling_num", 2))).hasStatus(200);
        List<String> picked = sampled();
        assertThat(verdicts(picked.subList(0, 1), true, "A")).hasStatus(200);
        assertThat(body(finish(3)).get("sample_count").asInt()).isZero(); // one labeler: nothing disagrees
        assertThat(finish(5)).hasStatus(200);
        assertThat(taskStatus(details(taskId, ""), "status")).isEqualTo(TaskStatus.REJECTED);
        assertThat(stats(taskId)).containsEntry("accepted", 1).containsEntry("rejected", 3);
        assertThat(jdbc.queryForList(
                        "select id from sample where dataset_id = ? and sample_state = 'ALL'", String.class, datasetId))
                .containsExactly(picked.get(0));
    }

    @Test
    void labelingACopyWhileAnAcceptanceSamplesItIsRefusedCleanly() throws Exception {
        List<MvcTestResult> results = ConcurrentRequests.run(
                2,
                i -> i == 0
                        ? label(taskId, labeler, own, "Dog")
                        : startAcceptance(writer, Map.of("sampling_rate", 1.0)));
        assertThat(results.get(1)).hasStatus(200);
        assertThat(results.get(0)).hasStatus(200);
        JsonNode labeled = body(results.get(0));
        for (int k = 0; k < own.size(); k++) {
            // sorted by sample id in the request? no: results follow the request order
            JsonNode item = labeled.get("results").get(k);
            Map<String, Object> copy = jdbc.queryForMap(
                    "select state, labels->0->>'name' as label from task_sample where task_id = ? and sample_id = ?",
                    taskId,
                    own.get(k));
            assertThat(copy).containsEntry("state", "SAMPLED");
            if (item.get("success").asBoolean()) {
                assertThat(copy).containsEntry("label", "Dog");
            } else {
                assertThat(item.get("error_code").asString()).isEqualTo("Labelforce.4702");
                assertThat(copy).containsEntry("label", "Cat");
            }
        }
        assertThat(stats(taskId)).containsEntry("sampled", 4).containsEntry("uncheck", 0);
    }

    @Test
    void action3ListsTheSamplesWhoseCopiesDisagreeAndChangesNothing() {
        datasetId = createDataset("pairs");
        tasks = tasksOf(datasetId);
        List<String> ids = addSamples(datasetId, "pair-", 3);
        String team = teamWithLabelers("pair", "p", 2);
        taskId = startedTask("twice", 2, config(team, List.of("p0@example.com", "p1@example.com")));
        String p0 = memberKey("p0@example.com");
        String p1 = memberKey("p1@example.com");
        // sample 0 agrees, sample 1 does not, sample 2 has the same names in another order
        assertThat(label(taskId, p0, ids.subList(0, 2), "Cat")).hasStatus(200);
        assertThat(label(taskId, p0, ids.subList(2, 3), "Cat", "Dog")).hasStatus(200);
        assertThat(label(taskId, p1, ids.subList(0, 1), "Cat")).hasStatus(200);
        assertThat(label(taskId, p1, ids.subList(1, 2), "Dog")).hasStatus(200);
        assertThat(label(taskId, p1, ids.subList(2, 3), "Dog", "Cat")).hasStatus(200);
        assertThat(stats(taskId)).containsEntry("uncheck", 6);
        // outside an acceptance it is refused like the other actions
        assertError(finish(3), 409, "Labelforce.4701", "status 1");

        assertThat(startAcceptance(writer, Map.of("sampling_num", 2))).hasStatus(200);
        Map<String, Integer> before = stats(taskId);
        JsonNode conflicts = body(finish(3));
        assertThat(conflicts.get("sample_count").asInt()).isEqualTo(1);
        JsonNode copies = conflicts.get("samples");
        assertThat(texts(copies, "sample_id")).containsExactly(ids.get(1), ids.get(1));
        assertThat(texts(copies, "worker_id")).doesNotHaveDuplicates().hasSize(2);
        assertThat(copies.valueStream()
                        .map(c -> c.get("labels").get(0).get("name").asString()))
                .containsExactlyInAnyOrder("Cat", "Dog");
        assertThat(copies.get(0).get("sample_name").asString()).isEqualTo("pair-1");
        // nothing moved: still under acceptance, the same counters, and it can still be finished
        assertThat(taskStatus(details(taskId, ""), "status")).isEqualTo(TaskStatus.UNDER_ACCEPTANCE);
        assertThat(stats(taskId)).isEqualTo(before);
        assertThat(finish(0)).hasStatus(200);
        assertThat(taskStatus(details(taskId, ""), "status")).isEqualTo(TaskStatus.PASSED);
    }
}
