package io.labelforce.labeling;

import static org.assertj.core.api.Assertions.assertThat;

import io.labelforce.task.EmailStatus;
import io.labelforce.task.TaskStatus;
import io.labelforce.workforce.WorkerRole;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpMethod;
import tools.jackson.databind.JsonNode;

/**
 * One task through every step, with members acting through their own API keys, asserting states and counters on
 * the way: start (distribution, mails), labeling, review (accept and reject), labeling again, review again,
 * acceptance (partial pass with a rejection, task 4, sync), restart, labeling, acceptance (pass all, task 3, sync).
 */
class WorkflowEndToEndTests extends LabelingTestSupport {

    @Test
    void aTaskFromStartThroughReview() {
        newDataset();
        List<String> samples = addSamples(datasetId, "img-", 8);
        // team A: two labelers and a reviewer; team B: a labeler and no reviewer. dual@ reviews A and labels in B.
        String a = createTeam("team-a");
        addWorker(a, "a0@example.com", WorkerRole.LABELER);
        addWorker(a, "a1@example.com", WorkerRole.LABELER);
        addWorker(a, "dual@example.com", WorkerRole.REVIEWER);
        String b = createTeam("team-b");
        addWorker(b, "b0@example.com", WorkerRole.LABELER);
        addWorker(b, "dual@example.com", WorkerRole.LABELER);
        Map<String, Object> body = task("e2e");
        body.put(
                "workforces_config",
                config(
                        a,
                        List.of("a0@example.com", "a1@example.com", "dual@example.com"),
                        b,
                        List.of("b0@example.com", "dual@example.com")));
        String taskId = createTask(body);
        assertThat(taskStatus(details(taskId, ""), "status")).isEqualTo(TaskStatus.CREATED);

        // start: 6 → 0 → 1, 8 samples over 4 labelers, 2 each
        assertThat(call(HttpMethod.POST, taskPath(taskId), writer)).hasStatus(200);
        awaitStatus(taskId, TaskStatus.RUNNING);
        assertThat(stats(taskId)).containsEntry("total", 8).containsEntry("un_annotation", 8);
        JsonNode view = details(taskId, "?sample_stats=true");
        assertThat(view.get("sample_stats").get("total_sample_count").asInt()).isEqualTo(8);
        assertThat(view.get("sample_stats").get("unannotated_sample_count").asInt())
                .isEqualTo(8);
        JsonNode workers = view.get("worker_stats");
        assertThat(workers.valueStream()
                        .filter(w -> role(w) == WorkerRole.LABELER)
                        .map(w ->
                                w.get("sample_stats").get("total_sample_count").asInt()))
                .containsExactly(2, 2, 2, 2);
        // the start mailed every member once: dual@ once for both member tasks, both marked sent
        eventually().untilAsserted(() -> {
            assertThat(mailsTo("dual@example.com")).hasSize(1);
            assertThat(mailsTo("a0@example.com")).hasSize(1);
            assertThat(details(taskId, "")
                            .get("worker_stats")
                            .valueStream()
                            .filter(w -> w.get("email").asString().equals("dual@example.com"))
                            .map(Fixtures_::emailStatusOf))
                    .containsExactly(EmailStatus.SENT, EmailStatus.SENT);
        });

        String a0 = memberKey("a0@example.com");
        String b0 = memberKey("b0@example.com");
        String dual = memberKey("dual@example.com");
        List<String> a0Copies = sampleIds(copies(taskId, a0, "?limit=100"));
        List<String> b0Copies = sampleIds(copies(taskId, b0, "?limit=100"));
        assertThat(a0Copies).hasSize(2);
        assertThat(samples).containsAll(a0Copies).containsAll(b0Copies);
        // dual@ sees its own copies (team B) and team A's (as its reviewer): 2 + 4
        assertThat(copies(taskId, dual, "?limit=100").get("sample_count").asInt())
                .isEqualTo(6);

        // labeling: team A's copies wait for review, team B's go to acceptance directly
        assertThat(body(label(taskId, a0, a0Copies, "Cat")).get("success").asBoolean())
                .isTrue();
        assertThat(body(label(taskId, b0, b0Copies, "Dog")).get("success").asBoolean())
                .isTrue();
        assertThat(stats(taskId))
                .containsEntry("total", 8)
                .containsEntry("un_annotation", 4)
                .containsEntry("unreviewed", 2)
                .containsEntry("uncheck", 2);
        JsonNode labelStats = get(taskPath(taskId) + "/data-annotations/stats").get("label_stats");
        assertThat(labelStats
                        .valueStream()
                        .map(l -> l.get("name").asString() + "="
                                + l.get("sample_count").asInt()))
                .containsExactly("Cat=2", "Dog=2");

        // review: accept one (A), reject one (C): back to a0
        assertThat(body(review(taskId, dual, a0Copies.subList(0, 1), true, "A"))
                        .get("success")
                        .asBoolean())
                .isTrue();
        assertThat(body(review(taskId, dual, a0Copies.subList(1, 2), false, "C"))
                        .get("success")
                        .asBoolean())
                .isTrue();
        assertThat(stats(taskId))
                .containsEntry("unreviewed", 0)
                .containsEntry("uncheck", 3)
                .containsEntry("rejected", 1)
                .containsEntry("un_annotation", 4);
        view = details(taskId, "");
        assertThat(view.get("pass_rate").asDouble()).isEqualTo(0.5);
        assertThat(view.get("score").asDouble()).isEqualTo(3.0);
        JsonNode metrics = get(taskPath(taskId) + "/metrics").get("sample_stats");
        assertThat(metrics.get("a0@example.com").get("rejected").asInt()).isEqualTo(1);
        assertThat(metrics.get("a0@example.com").get("uncheck").asInt()).isEqualTo(1);
        assertThat(metrics.get("b0@example.com").get("uncheck").asInt()).isEqualTo(2);
        JsonNode mine = body(call(HttpMethod.GET, "/v2/" + project + "/workforces/worker-tasks", a0))
                .get("worker_tasks")
                .get(0);
        assertThat(mine.get("sample_stats").get("rejected_sample_count").asInt())
                .isEqualTo(1);
        assertThat(mine.get("pass_rate").asDouble()).isEqualTo(0.5);

        // a0 labels the rejected copy again, dual@ accepts it (B)
        assertThat(body(label(taskId, a0, a0Copies.subList(1, 2), "Dog"))
                        .get("success")
                        .asBoolean())
                .isTrue();
        assertThat(stats(taskId)).containsEntry("unreviewed", 1).containsEntry("rejected", 0);
        assertThat(body(review(taskId, dual, a0Copies.subList(1, 2), true, "B"))
                        .get("success")
                        .asBoolean())
                .isTrue();
        assertThat(stats(taskId))
                .containsEntry("total", 8)
                .containsEntry("uncheck", 4)
                .containsEntry("unreviewed", 0)
                .containsEntry("rejected", 0)
                .containsEntry("un_annotation", 4);
        view = details(taskId, "?sample_stats=true");
        assertThat(view.get("pass_rate").asDouble()).isEqualTo(1.0);
        assertThat(view.get("score").asDouble()).isEqualTo(3.5);
        assertThat(view.get("sample_stats").get("uncheck_sample_count").asInt()).isEqualTo(4);

        // the other labelers finish: a1's copies are reviewed, dual@'s (team B) need no review
        String a1 = memberKey("a1@example.com");
        List<String> a1Copies = sampleIds(copies(taskId, a1, "?limit=100"));
        // dual@ sees team A's unlabeled copies (a1's) as their reviewer, and its own
        List<String> dualCopies = sampleIds(copies(taskId, dual, "?sample_state=UN_ANNOTATION&limit=100")).stream()
                .filter(id -> !a1Copies.contains(id))
                .toList();
        assertThat(dualCopies).hasSize(2);
        assertThat(body(label(taskId, a1, a1Copies, "Cat")).get("success").asBoolean())
                .isTrue();
        assertThat(body(label(taskId, dual, dualCopies, "Dog")).get("success").asBoolean())
                .isTrue();
        assertThat(body(review(taskId, dual, a1Copies, true, "A"))
                        .get("success")
                        .asBoolean())
                .isTrue();
        assertThat(stats(taskId)).containsEntry("uncheck", 8).containsEntry("un_annotation", 0);

        // acceptance 1: sample 2 of 8, reject one, partial pass (4): 7 accepted, 1 back to its labeler, task 4
        String acceptance = taskPath(taskId) + "/acceptance";
        String first = body(call(HttpMethod.POST, acceptance, writer, Map.of("sampling_rate", 0.25)))
                .get("task_id")
                .asString();
        assertThat(taskStatus(details(taskId, ""), "status")).isEqualTo(TaskStatus.UNDER_ACCEPTANCE);
        assertThat(stats(taskId)).containsEntry("uncheck", 6).containsEntry("sampled", 2);
        List<String> sampled = sampleIds(copies(taskId, writer, "?sample_state=WORKFORCE_SAMPLED&limit=100"));
        assertThat(sampled).hasSize(2);
        assertThat(call(
                        HttpMethod.POST,
                        acceptance + "/batch-comment",
                        writer,
                        Map.of(
                                "comments",
                                List.of(
                                        Map.of("sample_id", sampled.get(0), "accept", true, "score", "A"),
                                        Map.of("sample_id", sampled.get(1), "accept", false, "score", "D")))))
                .hasStatus(200);
        JsonNode report = get(acceptance + "/report?checking_task_id=" + first).get("checking_stats");
        assertThat(report.get("pass_rate").asDouble()).isEqualTo(0.5);
        assertThat(report.get("score").asString()).isEqualTo("B");
        assertThat(call(HttpMethod.PUT, acceptance + "/status", writer, Map.of("action", 4)))
                .hasStatus(200);
        assertThat(taskStatus(details(taskId, ""), "status")).isEqualTo(TaskStatus.REJECTED);
        assertThat(stats(taskId))
                .containsEntry("accepted", 7)
                .containsEntry("rejected", 1)
                .containsEntry("total", 8);
        // sync: the 7 accepted samples are labeled in the dataset now
        assertThat(jdbc.queryForObject(
                        "select count(*) from sample where dataset_id = ? and sample_state = 'ALL'",
                        Long.class,
                        datasetId))
                .isEqualTo(7);

        // the rejected copy is labeled again after a restart, reviewed if its team has a reviewer
        assertThat(call(HttpMethod.POST, taskPath(taskId), writer)).hasStatus(200);
        awaitStatus(taskId, TaskStatus.RUNNING);
        String rejected = sampled.get(1);
        long relabeled = 0;
        for (String key : List.of(a0, a1, b0, dual)) {
            JsonNode result = body(label(taskId, key, List.of(rejected), "Cat"));
            relabeled += result.get("success").asBoolean() ? 1 : 0;
        }
        assertThat(relabeled).isEqualTo(1);
        if (stats(taskId).getOrDefault("unreviewed", 0) == 1) {
            assertThat(body(review(taskId, dual, List.of(rejected), true, "B"))
                            .get("success")
                            .asBoolean())
                    .isTrue();
        }
        assertThat(stats(taskId)).containsEntry("uncheck", 1).containsEntry("accepted", 7);

        // acceptance 2: the last copy, accepted, pass all: task 3, every sample labeled in the dataset
        assertThat(call(HttpMethod.POST, acceptance, writer, Map.of("sampling_num", 1)))
                .hasStatus(200);
        assertThat(call(
                        HttpMethod.POST,
                        acceptance + "/batch-comment",
                        writer,
                        Map.of("comments", List.of(Map.of("sample_id", rejected, "accept", true, "score", "A")))))
                .hasStatus(200);
        assertThat(call(HttpMethod.PUT, acceptance + "/status", writer, Map.of("action", 0)))
                .hasStatus(200);
        assertThat(taskStatus(details(taskId, ""), "status")).isEqualTo(TaskStatus.PASSED);
        assertThat(stats(taskId)).containsEntry("accepted", 8).containsEntry("total", 8);
        assertThat(jdbc.queryForObject(
                        "select count(*) from sample where dataset_id = ? and sample_state = 'ALL'",
                        Long.class,
                        datasetId))
                .isEqualTo(8);
        assertThat(details(taskId, "?sample_stats=true")
                        .get("sample_stats")
                        .get("accepted_sample_count")
                        .asInt())
                .isEqualTo(8);
    }

    /** Reads {@code email_status} (the fixture's helper is an instance method of another package's class). */
    private static final class Fixtures_ {
        static EmailStatus emailStatusOf(JsonNode node) {
            return EmailStatus.of(node.get("email_status").asInt());
        }
    }
}
