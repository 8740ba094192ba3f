package io.labelforce.sample;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpMethod;
import tools.jackson.databind.JsonNode;

/** CreateDatasetVersion (51), ListDatasetVersions (50), DescribeDatasetVersion (52), DeleteDatasetVersion (53). */
class VersionApiTests extends SampleTestSupport {

    private String versions() {
        return "/v2/" + project + "/datasets/" + datasetId + "/versions";
    }

    private String publish(Map<String, Object> body) {
        var result = call(HttpMethod.POST, versions(), token, body);
        assertThat(result).hasStatus(201);
        return body(result).get("version_id").asString();
    }

    @Test
    void aVersionIsAnImmutableSnapshotWithAManifestUnderTheWorkPath() {
        List<String> ids = upload(List.of(file("a.jpg", "a", "Cat"), file("b.jpg", "b")));
        String id = publish(Map.of("description", "first"));
        assertThat(id).matches("[A-Za-z0-9]{19}");
        JsonNode v = body(call(HttpMethod.GET, versions() + "/" + id, token));
        assertThat(v.get("version_name").asString()).isEqualTo("V001");
        assertThat(v.get("status").asInt()).isEqualTo(1);
        assertThat(v.get("is_current").asBoolean()).isTrue();
        assertThat(v.get("total_sample_count").asInt()).isEqualTo(2);
        assertThat(v.get("annotated_sample_count").asInt()).isEqualTo(1);
        assertThat(v.get("label_stats").get(0).get("name").asString()).isEqualTo("Cat");
        String key = project + "/output/annotation/V001/V001.manifest";
        assertThat(v.get("manifest_path").asString()).isEqualTo("/labelforce/" + key);
        String manifest = new String(stored(key), StandardCharsets.UTF_8);
        assertThat(manifest.lines()).hasSize(2);
        assertThat(manifest).contains(ids.get(0)).contains("\"Cat\"").contains(project + "/input/a.jpg");

        // labeling after the release changes neither the manifest nor the version's counts or snapshot
        call(
                HttpMethod.PUT,
                samples,
                token,
                Map.of("samples", List.of(Map.of("sample_id", ids.get(1), "labels", List.of(Map.of("name", "Dog"))))));
        assertThat(new String(stored(key), StandardCharsets.UTF_8)).isEqualTo(manifest);
        JsonNode after = body(call(HttpMethod.GET, versions() + "/" + id, token));
        assertThat(after.get("annotated_sample_count").asInt()).isEqualTo(1);
        assertThat(body(call(HttpMethod.GET, samples + "?version_id=" + id + "&label_name=Dog", token))
                        .get("sample_count")
                        .asInt())
                .isZero();
        assertThat(body(call(HttpMethod.GET, samples + "?version_id=" + id, token))
                        .get("sample_count")
                        .asInt())
                .isEqualTo(2);
        assertThat(body(call(HttpMethod.GET, samples + "?label_name=Dog", token))
                        .get("sample_count")
                        .asInt())
                .isEqualTo(1);
    }

    @Test
    void listsDetailsDatasetFieldsAndRules() {
        upload(List.of(file("a.jpg", "a", "Cat")));
        String id = publish(Map.of("version_name", "first_1", "version_format", "Default"));
        assertError(
                call(HttpMethod.POST, versions(), token, Map.of("version_name", "first_1")),
                409,
                "ModelArts.4371",
                "first_1");
        assertError(call(HttpMethod.POST, versions(), token, Map.of()), 400, "ModelArts.4370", "per minute");
        assertError(
                call(HttpMethod.POST, versions(), token, Map.of("version_name", "bad name")),
                400,
                "ModelArts.0104",
                "version_name");
        JsonNode list = body(call(HttpMethod.GET, versions(), token));
        assertThat(list.get("total_number").asInt()).isEqualTo(1);
        assertThat(list.get("versions").get(0).get("version_id").asString()).isEqualTo(id);
        assertThat(body(call(HttpMethod.GET, versions() + "?status=3", token))
                        .get("total_number")
                        .asInt())
                .isZero();
        JsonNode dataset = datasetView();
        assertThat(dataset.get("current_version_id").asString()).isEqualTo(id);
        assertThat(dataset.get("current_version_name").asString()).isEqualTo("first_1");
        assertThat(dataset.get("dataset_version_count").asInt()).isEqualTo(1);
        assertThat(dataset.get("next_version_num").asInt()).isEqualTo(1);
        String update = "/v2/" + project + "/datasets/" + datasetId;
        assertThat(call(HttpMethod.PUT, update, token, Map.of("current_version_id", id)))
                .hasStatus(200);
        assertError(
                call(HttpMethod.PUT, update, token, Map.of("current_version_id", "nope")),
                400,
                "ModelArts.4353",
                "nope");
        // the label list of a version is the label set at release (Cat joined it with the upload, S57)
        String labels = "/v2/" + project + "/datasets/" + datasetId + "/data-annotations/labels";
        call(HttpMethod.POST, labels, token, Map.of("labels", List.of(Map.of("name", "Later"))));
        assertThat(body(call(HttpMethod.GET, labels + "?version_id=" + id, token))
                        .get("labels")
                        .valueStream()
                        .map(l -> l.get("name").asString()))
                .containsExactly("Cat");
        assertThat(body(call(HttpMethod.GET, labels, token)).get("labels")).hasSize(2);
        assertError(call(HttpMethod.GET, labels + "?version_id=nope", token), 404, "ModelArts.4353", "nope");

        assertThat(call(HttpMethod.DELETE, versions() + "/" + id, token)).hasStatus(204);
        assertThat(exists(project + "/output/annotation/first_1/first_1.manifest"))
                .isFalse();
        assertError(call(HttpMethod.GET, versions() + "/" + id, token), 404, "ModelArts.4353", id);
        assertThat(datasetView().get("current_version_id")).isNull();
    }

    @Test
    void anotherProjectSeesNoVersion() {
        String id = publish(Map.of());
        String other = newProject();
        String otherToken = apiKey("write", other);
        assertError(
                call(HttpMethod.GET, "/v2/" + other + "/datasets/" + datasetId + "/versions/" + id, otherToken),
                404,
                "ModelArts.4352",
                datasetId);
        assertError(
                call(HttpMethod.DELETE, "/v2/" + other + "/datasets/" + datasetId + "/versions/" + id, otherToken),
                404,
                "ModelArts.4352",
                datasetId);
        assertThat(call(HttpMethod.GET, versions() + "/" + id, token)).hasStatus(200);
    }
}
