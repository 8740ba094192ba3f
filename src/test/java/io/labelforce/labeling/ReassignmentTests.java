package io.labelforce.labeling;

import static org.assertj.core.api.Assertions.assertThat;

import io.labelforce.ConcurrentRequests;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpMethod;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import tools.jackson.databind.JsonNode;

/** UpdateWorkforceTask during labeling: unfinished copies of members who left move, finished work stays. */
class ReassignmentTests extends LabelingTestSupport {

    private String team;

    @BeforeEach
    void dataset() {
        newDataset();
        team = teamWithLabelers("crew", "a", 3);
    }

    private MvcTestResult reassign(String taskId, List<String> emails) {
        return call(HttpMethod.PUT, taskPath(taskId), writer, Map.of("workforces_config", config(team, emails)));
    }

    private String workerId(String taskId, String email) {
        return jdbc.queryForList(
                        "select worker_id from workforce_task_worker where task_id = ? and email = ?",
                        String.class,
                        taskId,
                        email)
                .get(0);
    }

    @Test
    void unfinishedCopiesOfARemovedLabelerMoveAndLabeledOnesStay() {
        addSamples(datasetId, "img-", 9);
        String taskId =
                startedTask("moving", 1, config(team, List.of("a0@example.com", "a1@example.com", "a2@example.com")));
        String a0 = memberKey("a0@example.com");
        String a0Id = workerId(taskId, "a0@example.com");
        List<String> own = sampleIds(copies(taskId, a0, "?limit=100"));
        assertThat(own).hasSize(3);
        assertThat(body(label(taskId, a0, own.subList(0, 1), "Cat"))
                        .get("success")
                        .asBoolean())
                .isTrue();

        assertThat(reassign(taskId, List.of("a1@example.com", "a2@example.com")))
                .hasStatus(200);

        // the labeled copy stays a0's; the two unlabeled ones went to a1 and a2, one each
        assertThat(copiesOfWorker(taskId, a0Id)).containsExactly(own.get(0));
        JsonNode metrics = get(taskPath(taskId) + "/metrics").get("sample_stats");
        assertThat(metrics.propertyNames()).containsExactlyInAnyOrder("a1@example.com", "a2@example.com");
        assertThat(metrics.get("a1@example.com").get("un_annotation").asInt()).isEqualTo(4);
        assertThat(metrics.get("a2@example.com").get("un_annotation").asInt()).isEqualTo(4);
        assertThat(stats(taskId))
                .containsEntry("total", 9)
                .containsEntry("un_annotation", 8)
                .containsEntry("uncheck", 1);
        // a0 is no longer in the task
        assertError(
                call(HttpMethod.GET, taskPath(taskId) + "/data-annotations/samples", a0),
                403,
                "ModelArts.4600",
                "not a member");
    }

    @Test
    void withRepetitionNoLabelerGetsTwoCopiesOfASample() {
        addSamples(datasetId, "img-", 12);
        addWorker(team, "a3@example.com", io.labelforce.workforce.WorkerRole.LABELER);
        String taskId = startedTask(
                "rep2",
                2,
                config(team, List.of("a0@example.com", "a1@example.com", "a2@example.com", "a3@example.com")));
        assertThat(reassign(taskId, List.of("a1@example.com", "a2@example.com", "a3@example.com")))
                .hasStatus(200);
        // 24 copies: the 6 of a0 went to the others, whoever may take them (not a holder of the sample), evenly
        assertThat(jdbc.queryForList(
                        "select count(*) from task_sample where task_id = ? group by worker_id", Long.class, taskId))
                .hasSize(3)
                .allSatisfy(n -> assertThat(n).isBetween(6L, 9L))
                .satisfies(counts -> assertThat(
                                counts.stream().mapToLong(Long::longValue).sum())
                        .isEqualTo(24));
        assertThat(jdbc.queryForList(
                        "select count(distinct worker_id) from task_sample where task_id = ? group by sample_id",
                        Long.class,
                        taskId))
                .hasSize(12)
                .containsOnly(2L);
        assertThat(jdbc.queryForObject(
                        "select count(*) from task_sample t where task_id = ? and not exists (select 1 from"
                                + " workforce_task_worker w where w.task_id = t.task_id and w.worker_id = t.worker_id)",
                        Long.class,
                        taskId))
                .isZero();
        // removing down to fewer labelers than the repetition is refused, nothing moves
        assertError(reassign(taskId, List.of("a1@example.com")), 400, "ModelArts.4822", "at least 2");
        assertThat(stats(taskId)).containsEntry("total", 24).containsEntry("un_annotation", 24);
    }

    @Test
    void aReassignmentRacingALabelBatchLosesNeither() throws Exception {
        for (int round = 0; round < 4; round++) {
            datasetId = createDataset("race" + round);
            tasks = tasksOf(datasetId);
            List<String> samples = addSamples(datasetId, "r" + round + "-", 20);
            String taskId = startedTask("race" + round, 1, config(team, List.of("a0@example.com", "a1@example.com")));
            String a0 = memberKey("a0@example.com");
            String a0Id = workerId(taskId, "a0@example.com");
            List<String> own = sampleIds(copies(taskId, a0, "?limit=100"));
            assertThat(own).hasSize(10);

            List<MvcTestResult> results = ConcurrentRequests.run(
                    2, i -> i == 0 ? label(taskId, a0, own, "Cat") : reassign(taskId, List.of("a1@example.com")));
            assertThat(results.get(1)).hasStatus(200);
            MvcTestResult labeled = results.get(0);
            for (int k = 0; k < own.size(); k++) {
                String sample = own.get(k);
                Map<String, Object> copy = jdbc.queryForMap(
                        "select worker_id, state, labeler from task_sample where task_id = ? and sample_id = ?",
                        taskId,
                        sample);
                boolean succeeded = labeled.getResponse().getStatus() == 200
                        && body(labeled).get("results").get(k).get("success").asBoolean();
                if (succeeded) {
                    // the label was written, so the copy was finished work and stayed with a0
                    assertThat(copy).containsEntry("worker_id", a0Id).containsEntry("state", "UNCHECK");
                } else {
                    // moved before a0 labeled it: a1's now, unlabeled, and a0 was told
                    assertThat(copy.get("worker_id")).isNotEqualTo(a0Id);
                    assertThat(copy).containsEntry("state", "NONE");
                }
            }
            assertThat(stats(taskId)).containsEntry("total", 20);
            assertThat(samples).hasSize(20);
        }
    }
}
