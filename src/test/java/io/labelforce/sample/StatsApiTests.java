package io.labelforce.sample;

import static org.assertj.core.api.Assertions.assertThat;

import io.labelforce.SqlStatementCounter;
import io.labelforce.TestStorage;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpMethod;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/** ListSearch (41), ListStats (42), GetDatasetMetrics (49) and the auto-labeling pool (54, 55). */
@Import(SqlStatementCounter.Config.class)
class StatsApiTests extends SampleTestSupport {

    @Autowired
    SqlStatementCounter sql;

    @Autowired
    JdbcTemplate jdbc;

    private String d() {
        return "/v2/" + project + "/datasets/" + datasetId;
    }

    private void giveDatasetLabels() {
        var result = call(
                HttpMethod.PUT,
                d(),
                token,
                Map.of(
                        "add_labels",
                        List.of(
                                Map.of("name", "Cat", "type", 0, "property", Map.of("@modelarts:color", "#3399ff")),
                                Map.of("name", "Dog", "type", 0))));
        assertThat(result).hasStatus(200);
    }

    private JsonNode stats(String query) {
        var result = call(HttpMethod.GET, d() + "/data-annotations/stats" + query, token);
        assertThat(result).hasStatus(200);
        return body(result);
    }

    private static Map<String, Object> twoBoxes(String name) {
        Map<String, Object> sample = new HashMap<>(file(name, "x" + name));
        sample.put("labels", List.of(Map.of("name", "Dog", "type", 0), Map.of("name", "Dog", "type", 0)));
        return sample;
    }

    private Map<String, Long> labelStats(JsonNode stats, String field) {
        Map<String, Long> out = new java.util.LinkedHashMap<>();
        stats.get("label_stats")
                .forEach(l -> out.put(l.get("name").asString(), l.get(field).asLong()));
        return out;
    }

    @Test
    void statisticsFollowEveryKindOfChange() {
        giveDatasetLabels();
        JsonNode empty = stats("");
        assertThat(empty.get("sample_stats").get("total").asLong()).isZero();
        assertThat(labelStats(empty, "count")).containsExactly(Map.entry("Cat", 0L), Map.entry("Dog", 0L));
        assertThat(empty.get("label_stats")
                        .get(0)
                        .get("property")
                        .get("@modelarts:color")
                        .asString())
                .isEqualTo("#3399ff");
        assertThat(empty.get("data_path").asString()).isEqualTo(inputPath(project));

        // upload: one unlabeled, one Cat, one with two Dog boxes
        List<String> ids = upload(List.of(file("a.txt", "a"), file("b.txt", "b", "Cat"), twoBoxes("c.txt")));
        JsonNode afterUpload = stats("");
        JsonNode ss = afterUpload.get("sample_stats");
        assertThat(List.of(
                        ss.get("total").asLong(),
                        ss.get("all").asLong(),
                        ss.get("un_annotation").asLong(),
                        ss.get("manual_annotation").asLong(),
                        ss.get("auto_annotation").asLong(),
                        ss.get("deleted").asLong(),
                        ss.get("lefted").asLong()))
                .containsExactly(3L, 3L, 1L, 2L, 0L, 0L, 3L);
        assertThat(labelStats(afterUpload, "count")).containsExactly(Map.entry("Cat", 1L), Map.entry("Dog", 2L));
        assertThat(labelStats(afterUpload, "sample_count")).containsExactly(Map.entry("Cat", 1L), Map.entry("Dog", 1L));

        // relabel: a gets Cat, b gets Bird (not in the dataset's label set)
        var relabel = call(
                HttpMethod.PUT,
                samples,
                token,
                Map.of(
                        "samples",
                        List.of(
                                Map.of("sample_id", ids.get(0), "labels", List.of(Map.of("name", "Cat"))),
                                Map.of("sample_id", ids.get(1), "labels", List.of(Map.of("name", "Bird"))))));
        assertThat(relabel).hasStatus(200);
        JsonNode afterLabel = stats("");
        assertThat(afterLabel.get("sample_stats").get("un_annotation").asLong()).isZero();
        assertThat(labelStats(afterLabel, "sample_count"))
                .containsExactly(Map.entry("Cat", 1L), Map.entry("Dog", 1L), Map.entry("Bird", 1L));

        // delete the two-box sample
        var deleted = call(HttpMethod.POST, samples + "/delete", token, Map.of("samples", List.of(ids.get(2))));
        assertThat(deleted).hasStatus(200);
        JsonNode afterDelete = stats("");
        assertThat(afterDelete.get("sample_stats").get("total").asLong()).isEqualTo(2);
        assertThat(afterDelete.get("sample_stats").get("deleted").asLong()).isEqualTo(1);
        assertThat(labelStats(afterDelete, "count"))
                .containsExactly(Map.entry("Cat", 1L), Map.entry("Dog", 0L), Map.entry("Bird", 1L));

        // restricted to a state
        JsonNode none = stats("?sample_state=UN_ANNOTATION");
        assertThat(none.get("sample_stats").get("total").asLong()).isZero();
        assertThat(labelStats(none, "count")).containsEntry("Cat", 0L);
        assertThat(stats("?sample_state=MANUAL_ANNOTATION")
                        .get("sample_stats")
                        .get("manual_annotation")
                        .asLong())
                .isEqualTo(2);
        assertError(
                call(HttpMethod.GET, d() + "/data-annotations/stats?sample_state=SOMETIMES", token),
                400,
                "ModelArts.0104",
                "sample_state");

        // the dataset view carries the same numbers
        assertThat(counts()).containsExactly(2, 2, 0, 1);
    }

    @Test
    void statisticsCostAFixedNumberOfStatementsWhateverTheSize() {
        giveDatasetLabels();
        List<Map<String, Object>> items = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            items.add(file("f" + i + ".txt", "c" + i, i % 2 == 0 ? "Cat" : "Dog"));
        }
        upload(items);
        var recording = sql.record(() -> stats(""));
        // the dataset, the state counters, the label counters (+ the API key, when not cached); no scan of samples
        assertThat(recording.count() - recording.touching("api_key").size())
                .as(recording.describe())
                .isEqualTo(3);
        assertThat(recording.statements().stream().filter(s -> s.sql().contains("from sample ")))
                .as(recording.describe())
                .isEmpty();
    }

    @Test
    void searchConditionOptionsOfferTheLabelsAndTheLabelers() {
        giveDatasetLabels();
        List<String> ids = upload(List.of(file("a.txt", "a"), file("b.txt", "b"), file("c.txt", "c")));
        jdbc.update(
                "update sample set annotated_by = 'human/ann' where project_id = ? and id = any(?)",
                project,
                new String[] {ids.get(0), ids.get(1)});
        jdbc.update(
                "update sample set annotated_by = 'human/bob' where project_id = ? and id = ?", project, ids.get(2));
        JsonNode options = body(call(HttpMethod.GET, d() + "/data-annotations/search-condition", token));
        assertThat(options.get("labels").valueStream().map(l -> l.get("name").asString()))
                .containsExactly("Cat", "Dog");
        assertThat(options.get("labelers").valueStream().map(JsonNode::asString))
                .containsExactly("human/ann", "human/bob");
        assertThat(options.get("metadata").isObject()).isTrue();

        // the labeler key of search_conditions
        JsonNode byAnn = list("[{\"labeler\":\"human/ann\"}]");
        assertThat(byAnn.get("sample_count").asInt()).isEqualTo(2);
    }

    private org.springframework.test.web.servlet.assertj.MvcTestResult search(String conditions) {
        return mvc.get()
                .uri(samples)
                .param("search_conditions", conditions)
                .header("X-Auth-Token", token)
                .exchange();
    }

    private JsonNode list(String conditions) {
        var result = search(conditions);
        assertThat(result).as(body(result).toString()).hasStatus(200);
        return body(result);
    }

    @Test
    void searchConditionsReadSampleDirAndSampleTimeAndRefuseTheRest() {
        upload(List.of(file("a.txt", "a"), file("b.txt", "b")));
        String key = project + "/input/sub/c.txt";
        TestStorage.get()
                .blobStore()
                .putBlob(
                        TestStorage.BUCKET,
                        TestStorage.get()
                                .blobStore()
                                .blobBuilder(key)
                                .payload("c".getBytes(StandardCharsets.UTF_8))
                                .build());
        var byReference = call(
                HttpMethod.POST,
                samples,
                token,
                Map.of("samples", List.of(Map.of("name", "c.txt", "source", "/" + TestStorage.BUCKET + "/" + key))));
        assertThat(byReference).hasStatus(200);
        assertThat(list("[{\"sample_dir\":\"" + inputPath(project) + "\"}]")
                        .get("sample_count")
                        .asInt())
                .as("not recursive")
                .isEqualTo(2);
        assertThat(list("[{\"sample_dir\":\"" + inputPath(project) + "sub/\"}]")
                        .get("sample_count")
                        .asInt())
                .isEqualTo(byReference.getResponse().getStatus() == 200 ? 1 : 0);
        assertThat(list("[{\"sample_time\":\"day\"}]").get("sample_count").asInt())
                .isEqualTo(3);
        assertThat(list("[{\"sample_time\":\"20200101-20200110\"}]")
                        .get("sample_count")
                        .asInt())
                .isZero();
        for (String bad : List.of(
                "[{\"sample_time\":\"20200101-20200301\"}]",
                "[{\"sample_time\":\"yesterday\"}]",
                "[{\"sample_dir\":\"/bucket/no-slash\"}]",
                "[{\"labeler\":7}]",
                "[{\"kvp\":\"x\"}]")) {
            assertError(search(bad), 400, "ModelArts.0104", "search_conditions");
        }
    }

    @Test
    void metricsShowTheCurrentCountersInsideTheWindow() {
        upload(List.of(file("a.txt", "a", "Cat"), file("b.txt", "b")));
        long now = System.currentTimeMillis();
        JsonNode metrics = body(call(
                        HttpMethod.GET,
                        d() + "/metrics?start_time=" + (now - 86_400_000L) + "&end_time=" + (now + 86_400_000L),
                        token))
                .get("metrics");
        assertThat(metrics.get("total").valueStream().map(JsonNode::asLong)).containsExactly(2L);
        assertThat(metrics.get("un_annotation").valueStream().map(JsonNode::asLong))
                .containsExactly(1L);
        assertThat(metrics.get("manual_annotation").valueStream().map(JsonNode::asLong))
                .containsExactly(1L);
        assertThat(metrics.get("queuing").isEmpty()).isTrue();
        JsonNode past = body(call(HttpMethod.GET, d() + "/metrics?start_time=0&end_time=1000", token))
                .get("metrics");
        assertThat(past.get("total").isEmpty()).isTrue();
        assertError(
                call(HttpMethod.GET, d() + "/metrics?start_time=10&end_time=1", token),
                400,
                "ModelArts.0104",
                "end_time");
        assertThat(call(HttpMethod.GET, d() + "/metrics", token)).hasStatus(400);
    }

    @Test
    void theAutoLabelingPoolHoldsOnlySamplesAwaitingConfirmation() {
        upload(List.of(file("manual.txt", "m", "Cat")));
        JsonNode result = body(call(
                HttpMethod.POST,
                samples,
                token,
                Map.of("final_annotation", false, "samples", List.of(file("auto.txt", "x", "Dog")))));
        String autoId = result.get("results").get(0).get("info").asString();
        JsonNode pool = body(call(HttpMethod.GET, d() + "/auto-annotations/samples", token));
        assertThat(pool.get("sample_count").asInt()).isEqualTo(1);
        assertThat(pool.get("samples").get(0).get("sample_id").asString()).isEqualTo(autoId);
        assertThat(pool.get("samples").get(0).get("sample_status").asString()).isEqualTo("AUTO_ANNOTATION");
        JsonNode one = body(call(HttpMethod.GET, d() + "/auto-annotations/samples/" + autoId, token));
        assertThat(one.get("labels").get(0).get("name").asString()).isEqualTo("Dog");
        assertThat(one.get("source").asString()).startsWith("http");
        String manualId = body(call(HttpMethod.GET, samples + "?sample_state=MANUAL_ANNOTATION", token))
                .get("samples")
                .get(0)
                .get("sample_id")
                .asString();
        assertError(
                call(HttpMethod.GET, d() + "/auto-annotations/samples/" + manualId, token),
                404,
                "ModelArts.4420",
                manualId);
        assertThat(stats("").get("sample_stats").get("auto_annotation").asLong())
                .isEqualTo(1);
    }

    @Test
    void anotherProjectSeesNothing() {
        upload(List.of(file("a.txt", "a", "Cat")));
        String other = newProject();
        String otherToken = apiKey("write", other);
        String foreign = "/v2/" + other + "/datasets/" + datasetId;
        for (String path : List.of(
                "/data-annotations/stats",
                "/data-annotations/search-condition",
                "/metrics?start_time=0&end_time=1",
                "/auto-annotations/samples")) {
            assertError(call(HttpMethod.GET, foreign + path, otherToken), 404, "ModelArts.4352", datasetId);
            assertThat(call(HttpMethod.GET, d() + path, otherToken)
                            .getResponse()
                            .getStatus())
                    .isIn(401, 403);
        }
    }
}
