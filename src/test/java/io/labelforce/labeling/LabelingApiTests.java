package io.labelforce.labeling;

import static org.assertj.core.api.Assertions.assertThat;

import io.labelforce.ConcurrentRequests;
import io.labelforce.task.TaskStatus;
import io.labelforce.workforce.WorkerRole;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpMethod;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import tools.jackson.databind.JsonNode;

/** Labeling (27–29) and review (30): who sees and does what, the copy states, and the refused moves. */
class LabelingApiTests extends LabelingTestSupport {

    private List<String> samples;
    private String team;
    private String taskId;
    private String l0;
    private String l1;
    private String reviewer;

    /** Team "crew": labelers l0, l1 and reviewer r; 6 samples, repetition 1. */
    @BeforeEach
    void task() {
        newDataset();
        samples = addSamples(datasetId, "img-", 6);
        team = teamWithLabelers("crew", "l", 2);
        addWorker(team, "r@example.com", WorkerRole.REVIEWER);
        taskId = startedTask("labeled", 1, config(team, List.of("l0@example.com", "l1@example.com", "r@example.com")));
        l0 = memberKey("l0@example.com");
        l1 = memberKey("L1@Example.com");
        reviewer = memberKey("r@example.com");
    }

    @Test
    void aLabelerSeesAndLabelsOnlyItsOwnCopies() {
        JsonNode mine = copies(taskId, l0, "?limit=100");
        JsonNode theirs = copies(taskId, l1, "?limit=100");
        assertThat(mine.get("sample_count").asInt()).isEqualTo(3);
        assertThat(theirs.get("sample_count").asInt()).isEqualTo(3);
        List<String> own = sampleIds(mine);
        assertThat(own).doesNotContainAnyElementsOf(sampleIds(theirs));
        JsonNode first = mine.get("samples").get(0);
        assertThat(first.get("sample_status").asString()).isEqualTo("UN_ANNOTATION");
        assertThat(first.get("sample_name").asString()).startsWith("img-");
        assertThat(first.get("source").asString()).startsWith("http");
        assertThat(first.get("labelers").get(0).get("email").asString()).isEqualTo("l0@example.com");
        assertThat(first.get("worker_id").asString())
                .isEqualTo(first.get("labelers").get(0).get("worker_id").asString());

        // details: own copy yes, another labeler's no
        String uri = taskPath(taskId) + "/data-annotations/samples/";
        assertThat(body(call(HttpMethod.GET, uri + own.get(0), l0))
                        .get("sample_id")
                        .asString())
                .isEqualTo(own.get(0));
        assertError(
                call(HttpMethod.GET, uri + sampleIds(theirs).get(0), l0), 404, "ModelArts.4420", "not in this task");

        // a batch of own and someone else's copies: per-item results, only the own ones change
        JsonNode result =
                body(label(taskId, l0, List.of(own.get(0), sampleIds(theirs).get(0), own.get(1)), "Cat"));
        assertThat(result.get("success").asBoolean()).isFalse();
        assertThat(result.get("results").findValues("success").stream().map(JsonNode::asBoolean))
                .containsExactly(true, false, true);
        assertThat(result.get("results").get(1).get("error_code").asString()).isEqualTo("ModelArts.4420");
        JsonNode labeled = body(call(HttpMethod.GET, uri + own.get(0), l0));
        assertThat(labeled.get("sample_status").asString()).isEqualTo("UNREVIEWED");
        assertThat(labeled.get("labels").get(0).get("name").asString()).isEqualTo("Cat");
        assertThat(copies(taskId, l0, "?sample_state=UNREVIEWED")
                        .get("sample_count")
                        .asInt())
                .isEqualTo(2);
        assertThat(copies(taskId, l0, "?sample_state=__unreviewed__&label_name=Cat")
                        .get("sample_count")
                        .asInt())
                .isEqualTo(2);
        assertThat(copies(taskId, l0, "?label_name=Dog").get("sample_count").asInt())
                .isZero();
        assertThat(copies(taskId, l1, "?sample_state=UNREVIEWED")
                        .get("sample_count")
                        .asInt())
                .isZero();
        assertThat(stats(taskId)).containsEntry("un_annotation", 4).containsEntry("unreviewed", 2);
    }

    @Test
    void searchConditionsPickCopiesByTheirDatasetSample() {
        String byName = "[{\"sample_name\":\"IMG-3\"}]";
        JsonNode all = body(search(writer, byName));
        assertThat(all.get("sample_count").asInt()).isEqualTo(1);
        assertThat(sampleIds(all)).containsExactly(samples.get(3));
        // within each labeler's own copies: the one who holds it sees it, the other sees nothing
        assertThat(body(search(l0, byName)).get("sample_count").asInt()
                        + body(search(l1, byName)).get("sample_count").asInt())
                .isEqualTo(1);
        // ANDed with the other filters
        MvcTestResult unreviewed = mvc.get()
                .uri(taskPath(taskId) + "/data-annotations/samples")
                .param("search_conditions", byName)
                .param("sample_state", "UNREVIEWED")
                .header("X-Auth-Token", writer)
                .exchange();
        assertThat(body(unreviewed).get("sample_count").asInt()).isZero();
        assertError(search(l0, "{not json"), 400, "ModelArts.0104", "search_conditions");
        assertError(search(writer, "[{\"hard\":\"true\"}]"), 400, "ModelArts.0104", "search_conditions");
    }

    private MvcTestResult search(String key, String conditions) {
        return mvc.get()
                .uri(taskPath(taskId) + "/data-annotations/samples")
                .param("search_conditions", conditions)
                .header("X-Auth-Token", key)
                .exchange();
    }

    @Test
    void reviewAcceptsOrSendsBackToTheLabeler() {
        List<String> own = sampleIds(copies(taskId, l0, "?limit=100"));
        assertThat(label(taskId, l0, own, "Cat", "Dog")).hasStatus(200);

        JsonNode reviewed = body(review(taskId, reviewer, List.of(own.get(0)), true, "A"));
        assertThat(reviewed.get("success").asBoolean()).isTrue();
        assertThat(review(taskId, reviewer, List.of(own.get(1)), false, "C")).hasStatus(200);
        String uri = taskPath(taskId) + "/data-annotations/samples/";
        JsonNode accepted = body(call(HttpMethod.GET, uri + own.get(0), reviewer));
        assertThat(accepted.get("sample_status").asString()).isEqualTo("UNCHECK");
        assertThat(accepted.get("review_accept").asBoolean()).isTrue();
        assertThat(accepted.get("review_score").asString()).isEqualTo("A");
        assertThat(accepted.get("review_comment").asString()).isEqualTo("fine");
        JsonNode rejected = body(call(HttpMethod.GET, uri + own.get(1), l0));
        assertThat(rejected.get("sample_status").asString()).isEqualTo("REJECTED");
        assertThat(rejected.get("review_accept").asBoolean()).isFalse();
        assertThat(stats(taskId))
                .containsEntry("total", 6)
                .containsEntry("un_annotation", 3)
                .containsEntry("unreviewed", 1)
                .containsEntry("uncheck", 1)
                .containsEntry("rejected", 1);

        // the rejected copy goes back to its labeler, who labels it again: it waits for review again
        assertThat(copies(taskId, l0, "?sample_state=REJECTED")
                        .get("sample_count")
                        .asInt())
                .isEqualTo(1);
        assertThat(body(label(taskId, l0, List.of(own.get(1)), "Dog"))
                        .get("success")
                        .asBoolean())
                .isTrue();
        JsonNode again = body(call(HttpMethod.GET, uri + own.get(1), l0));
        assertThat(again.get("sample_status").asString()).isEqualTo("UNREVIEWED");
        assertThat(again.has("review_accept")).isFalse();

        // refused moves: an approved copy is not labeled again, a reviewed one not reviewed again
        JsonNode relabel = body(label(taskId, l0, List.of(own.get(0)), "Dog"));
        assertThat(relabel.get("results").get(0).get("error_code").asString()).isEqualTo("Labelforce.4702");
        assertThat(relabel.get("results").get(0).get("error_msg").asString()).contains("UNCHECK");
        JsonNode twice = body(review(taskId, reviewer, List.of(own.get(0)), false, "D"));
        assertThat(twice.get("results").get(0).get("error_code").asString()).isEqualTo("ModelArts.4606");
        List<String> other = sampleIds(copies(taskId, l1, "?limit=100"));
        JsonNode unlabeled = body(review(taskId, reviewer, List.of(other.get(0)), true, "B"));
        assertThat(unlabeled.get("results").get(0).get("error_code").asString()).isEqualTo("Labelforce.4702");
        assertThat(stats(taskId))
                .containsEntry("uncheck", 1)
                .containsEntry("unreviewed", 2)
                .containsEntry("rejected", 0);
    }

    @Test
    void aTeamWithoutReviewerGoesStraightToAcceptance() {
        String solo = teamWithLabelers("solo", "s", 1);
        String soloTask = startedTask("no-review", 1, config(solo, List.of("s0@example.com")));
        String key = memberKey("s0@example.com");
        List<String> own = sampleIds(copies(soloTask, key, "?limit=100"));
        assertThat(own).hasSize(6);
        assertThat(body(label(soloTask, key, own.subList(0, 2), "Cat"))
                        .get("success")
                        .asBoolean())
                .isTrue();
        assertThat(copies(soloTask, key, "?sample_state=UNCHECK")
                        .get("sample_count")
                        .asInt())
                .isEqualTo(2);
        // until the acceptance samples it, such a copy may be labeled again
        assertThat(body(label(soloTask, key, own.subList(0, 1), "Dog"))
                        .get("success")
                        .asBoolean())
                .isTrue();
        assertThat(stats(soloTask)).containsEntry("uncheck", 2).containsEntry("un_annotation", 4);
    }

    @Test
    void everyoneElseIsRefused() {
        List<String> own = sampleIds(copies(taskId, l0, "?limit=100"));
        String samplesUri = taskPath(taskId) + "/data-annotations/samples";
        // a labeler does not review, a reviewer does not label
        assertError(review(taskId, l0, own, true, "A"), 403, "ModelArts.4600", "not a reviewer");
        assertError(label(taskId, reviewer, own, "Cat"), 403, "ModelArts.4600", "not a labeler");
        // the owner reads everything but acts as no member
        assertThat(copies(taskId, writer, "?limit=100").get("sample_count").asInt())
                .isEqualTo(6);
        assertError(label(taskId, writer, own, "Cat"), 403, "ModelArts.4600", "worker_email");
        assertError(review(taskId, writer, own, true, "A"), 403, "ModelArts.4600", "worker_email");
        // a member of the team who is not in this task, and a read-only key that is nobody
        addWorker(team, "outsider@example.com", WorkerRole.LABELER);
        String outsider = memberKey("outsider@example.com");
        assertError(call(HttpMethod.GET, samplesUri, outsider), 403, "ModelArts.4600", "not a member");
        assertError(label(taskId, outsider, own, "Cat"), 403, "ModelArts.4600", "not a member");
        assertError(call(HttpMethod.GET, samplesUri, apiKey("read", project)), 403, "ModelArts.4600", "read-only");
        // labeling as someone else
        assertError(
                call(
                        HttpMethod.PUT,
                        samplesUri,
                        l0,
                        Map.of("email", "l1@example.com", "samples", List.of(Map.of("sample_id", own.get(0))))),
                403,
                "ModelArts.4600",
                "only as itself");
        // another project's key sees nothing of this one
        String otherProject = newProject();
        assertThat(call(HttpMethod.GET, samplesUri, apiKey("write", otherProject)))
                .hasStatus(403);
        // nothing changed
        assertThat(stats(taskId)).containsEntry("un_annotation", 6);
    }

    @Test
    void aReviewerSeesOnlyTheTeamsItReviews() {
        String other = teamWithLabelers("other", "o", 1);
        Map<String, Object> body = task("two-teams");
        body.put(
                "workforces_config",
                config(team, List.of("l0@example.com", "r@example.com"), other, List.of("o0@example.com")));
        String two = createTask(body);
        assertThat(call(HttpMethod.POST, taskPath(two), writer)).hasStatus(200);
        awaitStatus(two, TaskStatus.RUNNING);
        assertThat(copies(two, writer, "?limit=100").get("sample_count").asInt())
                .isEqualTo(6);
        JsonNode seen = copies(two, reviewer, "?limit=100");
        assertThat(seen.get("sample_count").asInt()).isEqualTo(3);
        assertThat(seen.get("samples").findValues("worker_id").stream()
                        .map(JsonNode::asString)
                        .distinct())
                .hasSize(1);
        // the other team's copies: labeled, but not reviewable by this reviewer
        String o0 = memberKey("o0@example.com");
        List<String> theirs = sampleIds(copies(two, o0, "?limit=100"));
        assertThat(body(label(two, o0, theirs, "Cat")).get("success").asBoolean())
                .isTrue();
        JsonNode refused = body(review(two, reviewer, theirs.subList(0, 1), true, "A"));
        assertThat(refused.get("results").get(0).get("error_code").asString()).isEqualTo("ModelArts.4420");
        // team "other" has no reviewer: its labeled copies wait for acceptance
        assertThat(stats(two)).containsEntry("uncheck", 3).containsEntry("un_annotation", 3);
    }

    @Test
    void aTaskThatIsNotRunningTakesNoLabels() {
        Map<String, Object> body = task("created-only");
        body.put("workforces_config", config(team, List.of("l0@example.com")));
        String created = createTask(body);
        assertError(label(created, l0, samples, "Cat"), 409, "Labelforce.4703", "status 6");
        setStatus(taskId, TaskStatus.PASSED);
        assertError(label(taskId, l0, samples, "Cat"), 409, "Labelforce.4703", "status 3");
        assertError(review(taskId, reviewer, samples, true, "A"), 409, "Labelforce.4703", "status 3");
        assertError(
                call(HttpMethod.GET, tasks + "/nosuchtask123456789/data-annotations/samples", writer),
                404,
                "ModelArts.4619",
                "does not exist");
        assertError(
                call(HttpMethod.GET, taskPath(taskId) + "/data-annotations/samples?sample_state=BOGUS", writer),
                400,
                "ModelArts.0104",
                "sample_state");
    }

    @Test
    void twoReviewersOnOneCopyGiveOneVerdict() throws Exception {
        addWorker(team, "r2@example.com", WorkerRole.REVIEWER);
        String both = startedTask(
                "two-reviewers", 1, config(team, List.of("l0@example.com", "r@example.com", "r2@example.com")));
        List<String> own = sampleIds(copies(both, l0, "?limit=100"));
        assertThat(label(both, l0, own, "Cat")).hasStatus(200);
        String r2 = memberKey("r2@example.com");
        for (String sample : own) {
            List<MvcTestResult> results = ConcurrentRequests.run(
                    2, i -> review(both, i == 0 ? reviewer : r2, List.of(sample), i == 0, i == 0 ? "A" : "D"));
            List<JsonNode> bodies = results.stream().map(this::body).toList();
            assertThat(bodies.stream().filter(b -> b.get("success").asBoolean()))
                    .as("one verdict for %s: %s", sample, bodies)
                    .hasSize(1);
            assertThat(bodies.stream()
                            .filter(b -> !b.get("success").asBoolean())
                            .map(b -> b.get("results").get(0).get("error_code").asString()))
                    .containsExactly("ModelArts.4606");
        }
        Map<String, Integer> stats = stats(both);
        assertThat(stats.getOrDefault("uncheck", 0) + stats.getOrDefault("rejected", 0))
                .isEqualTo(6);
        assertThat(jdbc.queryForObject(
                        "select count(*) from task_sample where task_id = ? and version = 2", Long.class, both))
                .isEqualTo(6);
    }
}
