package io.labelforce.sample;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/** What a label write records besides the labels: who labeled ({@code annotated_by}) and new names in the label set. */
class LabelWriteTests extends SampleTestSupport {

    @Autowired
    JdbcTemplate jdbc;

    private String key(String name, @Nullable String workerEmail) {
        Map<String, Object> body = new java.util.HashMap<>();
        body.put("name", name);
        body.put("projects", List.of(project));
        body.put("permission", "write");
        if (workerEmail != null) {
            body.put("worker_email", workerEmail);
        }
        var created = call(HttpMethod.POST, "/admin/api-keys", ADMIN_TOKEN, body);
        assertThat(created).hasStatus(201);
        return body(created).get("token").asString();
    }

    private @Nullable String annotatedBy(String sampleId) {
        return jdbc.queryForObject(
                "select annotated_by from sample where project_id = ? and dataset_id = ? and id = ?",
                String.class,
                project,
                datasetId,
                sampleId);
    }

    private JsonNode label(String key, String sampleId, String... names) {
        List<Map<String, Object>> labels = java.util.Arrays.stream(names)
                .map(n -> Map.<String, Object>of("name", n, "type", 0))
                .toList();
        var result = call(
                HttpMethod.PUT,
                samples,
                key,
                Map.of("samples", List.of(Map.of("sample_id", sampleId, "labels", labels))));
        assertThat(result).hasStatus(200);
        return body(result);
    }

    private List<String> datasetLabelNames() {
        JsonNode labels = body(call(
                        HttpMethod.GET,
                        "/v2/" + project + "/datasets/" + datasetId + "/data-annotations/labels",
                        token))
                .get("labels");
        return labels.valueStream().map(l -> l.get("name").asString()).toList();
    }

    @Test
    void labelingRecordsTheMemberOrTheKeyNameAndRemovingTheLabelsClearsIt() {
        List<String> ids = upload(List.of(file("a.txt", "a"), file("b.txt", "b"), file("c.txt", "c")));
        String member = "ann-" + project + "@example.com";
        String memberKey = key("ann-key-" + project, member);
        String robotName = "robot-" + project;
        String robotKey = key(robotName, null);
        assertThat(annotatedBy(ids.get(0))).as("not labeled yet").isNull();

        label(memberKey, ids.get(0), "Cat");
        label(robotKey, ids.get(1), "Dog");
        assertThat(annotatedBy(ids.get(0))).isEqualTo(member);
        assertThat(annotatedBy(ids.get(1))).isEqualTo(robotName);
        assertThat(annotatedBy(ids.get(2))).isNull();

        // ListSearch offers them as labelers, and the labeler condition finds their samples
        JsonNode options = body(call(
                HttpMethod.GET,
                "/v2/" + project + "/datasets/" + datasetId + "/data-annotations/search-condition",
                token));
        assertThat(options.get("labelers").valueStream().map(JsonNode::asString))
                .containsExactlyInAnyOrder(member, robotName);

        // relabeling moves the sample to its new labeler; removing every label clears it
        label(robotKey, ids.get(0), "Dog");
        assertThat(annotatedBy(ids.get(0))).isEqualTo(robotName);
        label(memberKey, ids.get(1));
        assertThat(annotatedBy(ids.get(1))).isNull();

        // an upload with labels is a label write too
        var uploaded = call(HttpMethod.POST, samples, memberKey, Map.of("samples", List.of(file("d.txt", "d", "Cat"))));
        String d = body(uploaded).get("results").get(0).get("info").asString();
        assertThat(annotatedBy(d)).isEqualTo(member);
    }

    @Test
    void labelNamesNewToTheDatasetJoinItsLabelSetOnce() {
        List<String> ids = upload(List.of(file("a.txt", "a"), file("b.txt", "b")));
        assertThat(datasetLabelNames()).isEmpty();

        var result = call(
                HttpMethod.PUT,
                samples,
                token,
                Map.of(
                        "samples",
                        List.of(
                                Map.of(
                                        "sample_id",
                                        ids.get(0),
                                        "labels",
                                        List.of(Map.of("name", "Cat", "type", 0), Map.of("name", "Dog"))),
                                Map.of("sample_id", ids.get(1), "labels", List.of(Map.of("name", "Cat"))),
                                // an unknown sample fails its item, and its label is not added
                                Map.of(
                                        "sample_id",
                                        "0123456789abcdef0123456789abcdef",
                                        "labels",
                                        List.of(Map.of("name", "Ghost"))))));
        assertThat(result).hasStatus(200);
        assertThat(body(result).get("results").get(2).get("error_code").asString())
                .isEqualTo("ModelArts.4420");
        assertThat(datasetLabelNames()).containsExactly("Cat", "Dog");
        JsonNode labels = body(call(
                        HttpMethod.GET,
                        "/v2/" + project + "/datasets/" + datasetId + "/data-annotations/labels",
                        token))
                .get("labels");
        assertThat(labels.get(0).get("type").asInt()).isZero();
        assertThat(labels.get(1).has("type")).as("Dog came without a type").isFalse();

        // used again: nothing is added twice; an upload's new names are added too
        label(token, ids.get(1), "Dog", "Cat");
        upload(List.of(file("c.txt", "c", "Bird")));
        assertThat(datasetLabelNames()).containsExactly("Cat", "Dog", "Bird");
        // a sample label's type that is no label type is not copied into the label set
        List<String> more = upload(List.of(file("e.txt", "e")));
        var odd = call(
                HttpMethod.PUT,
                samples,
                token,
                Map.of(
                        "samples",
                        List.of(Map.of(
                                "sample_id", more.get(0), "labels", List.of(Map.of("name", "Odd", "type", 999))))));
        assertThat(odd).hasStatus(200);
        JsonNode oddLabel = body(call(
                        HttpMethod.GET,
                        "/v2/" + project + "/datasets/" + datasetId + "/data-annotations/labels",
                        token))
                .get("labels")
                .get(3);
        assertThat(oddLabel.get("name").asString()).isEqualTo("Odd");
        assertThat(oddLabel.has("type")).isFalse();

        // ListStats counts them as dataset labels (with their type), not as names outside the set
        JsonNode stats = body(
                call(HttpMethod.GET, "/v2/" + project + "/datasets/" + datasetId + "/data-annotations/stats", token));
        assertThat(stats.get("label_stats").valueStream().map(l -> l.get("name").asString()))
                .containsExactly("Cat", "Dog", "Bird", "Odd");
        assertThat(stats.get("label_stats").get(0).get("sample_count").asInt()).isEqualTo(2);
    }
}
