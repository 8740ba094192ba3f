package io.labelforce.sample;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpMethod;
import tools.jackson.databind.JsonNode;

/** ListSamples (37), DescribeSample (39), UpdateSamples (38), DeleteSamples (40), and the counters after each. */
class SampleApiTests extends SampleTestSupport {

    private List<String> names(JsonNode page) {
        List<String> names = new ArrayList<>();
        page.get("samples").forEach(s -> names.add(s.get("sample_name").asString()));
        return names;
    }

    private org.springframework.test.web.servlet.assertj.MvcTestResult search(String conditions) {
        return mvc.get()
                .uri(samples)
                .param("search_conditions", conditions)
                .header("X-Auth-Token", token)
                .exchange();
    }

    private JsonNode list(String query) {
        var result = call(HttpMethod.GET, samples + query, token);
        assertThat(result).hasStatus(200);
        return body(result);
    }

    @Test
    void listPagesNewestFirstWithTheTotal() {
        for (int i = 0; i < 5; i++) {
            upload(List.of(file("s" + i + ".jpg", "x" + i)));
        }
        JsonNode first = list("?limit=2");
        assertThat(first.get("sample_count").asInt()).isEqualTo(5);
        assertThat(names(first)).containsExactly("s4.jpg", "s3.jpg");
        assertThat(names(list("?limit=2&offset=2"))).containsExactly("s0.jpg");
        assertThat(names(list("?limit=2&offset=1&order=asc"))).containsExactly("s2.jpg", "s3.jpg");
        JsonNode sample = first.get("samples").get(0);
        assertThat(sample.get("sample_id").asString()).matches("[0-9a-f]{32}");
        assertThat(sample.get("sample_type").asInt()).isZero();
        assertThat(sample.get("source").asString()).contains("X-Amz-Signature=");
        assertThat(sample.get("labels")).isEmpty();
    }

    @Test
    void listFiltersByStateLabelTypeAndSearchConditions() {
        upload(List.of(
                file("cat.jpg", "c", "Cat"),
                file("dog.jpg", "d", "Dog"),
                file("both.jpg", "b", "Cat", "Dog"),
                file("none.jpg", "n")));
        assertThat(names(list("?sample_state=NONE"))).containsExactly("none.jpg");
        assertThat(names(list("?sample_state=__un_annotation__"))).containsExactly("none.jpg");
        assertThat(list("?sample_state=MANUAL_ANNOTATION").get("sample_count").asInt())
                .isEqualTo(3);
        assertThat(names(list("?label_name=Cat"))).containsExactlyInAnyOrder("cat.jpg", "both.jpg");
        assertThat(list("?sample_type=1").get("sample_count").asInt()).isZero();
        String and = "[{\"label_list\":{\"op\":\"AND\",\"labels\":[{\"name\":\"Cat\"},{\"name\":\"Dog\"}]}}]";
        assertThat(names(body(search(and)))).containsExactly("both.jpg");
        String or = "[{\"label_list\":{\"op\":\"OR\",\"labels\":[{\"name\":\"Dog\"}]}},{\"sample_name\":\"do\"}]";
        assertThat(names(body(search(or)))).containsExactly("dog.jpg");
    }

    @Test
    void badListParametersAreClear400s() {
        assertError(call(HttpMethod.GET, samples + "?sample_state=DONE", token), 400, "ModelArts.0104", "sample_state");
        assertError(call(HttpMethod.GET, samples + "?sample_type=3", token), 400, "ModelArts.0104", "sample_type");
        assertError(call(HttpMethod.GET, samples + "?limit=101", token), 400, "ModelArts.0104", "limit");
        assertError(call(HttpMethod.GET, samples + "?low_score=2", token), 400, "ModelArts.0104", "low_score");
        assertError(search("{not json"), 400, "ModelArts.0104", "search_conditions");
        assertError(search("[{\"kvp\":\"1\"}]"), 400, "ModelArts.0104", "'kvp' is not supported");
        assertError(call(HttpMethod.GET, samples + "?version_id=V1", token), 404, "ModelArts.4353", "V1");
    }

    @Test
    void labelingReplacesLabelsPerItemAndMovesTheCounters() {
        List<String> ids = upload(List.of(file("a.jpg", "a"), file("b.jpg", "b", "Cat")));
        assertThat(counts()).containsExactly(2, 1, 0, 0);
        JsonNode result = body(call(
                HttpMethod.PUT,
                samples,
                token,
                Map.of(
                        "samples",
                        List.of(
                                Map.of("sample_id", ids.get(0), "labels", List.of(Map.of("name", "Dog"))),
                                Map.of("sample_id", ids.get(1)),
                                Map.of("sample_id", "0123456789abcdef0123456789abcdef", "labels", List.of())))));
        assertThat(result.get("success").asBoolean()).isFalse();
        assertThat(result.get("results").get(0).get("success").asBoolean()).isTrue();
        assertThat(result.get("results").get(1).get("success").asBoolean()).isTrue();
        assertThat(result.get("results").get(2).get("error_code").asString()).isEqualTo("ModelArts.4420");
        JsonNode a = body(call(HttpMethod.GET, samples + "/" + ids.get(0), token));
        assertThat(a.get("labels").get(0).get("name").asString()).isEqualTo("Dog");
        assertThat(a.get("sample_status").asString()).isEqualTo("MANUAL_ANNOTATION");
        JsonNode b = body(call(HttpMethod.GET, samples + "/" + ids.get(1), token));
        assertThat(b.get("labels")).isEmpty();
        assertThat(b.get("sample_status").asString()).isEqualTo("UN_ANNOTATION");
        assertThat(counts()).containsExactly(2, 1, 0, 0);
        assertError(
                call(HttpMethod.PUT, samples, token, Map.of("samples", List.of(Map.of("labels", List.of())))),
                400,
                "ModelArts.0104",
                "sample_id");
    }

    @Test
    void deletingRemovesRowsAndOnlyWithDeleteSourceTheFiles() {
        List<String> ids = upload(List.of(file("keep.jpg", "k", "Cat"), file("drop.jpg", "d"), file("x.jpg", "x")));
        JsonNode kept = body(call(
                HttpMethod.POST,
                samples + "/delete",
                token,
                Map.of("samples", List.of(ids.get(0), "0123456789abcdef0123456789abcdef"))));
        assertThat(kept.get("success").asBoolean()).isFalse();
        assertThat(kept.get("results").get(0).get("success").asBoolean()).isTrue();
        assertThat(kept.get("results").get(1).get("error_code").asString()).isEqualTo("ModelArts.4420");
        assertThat(exists(project + "/input/keep.jpg")).isTrue();
        assertThat(counts()).containsExactly(2, 0, 0, 1);

        JsonNode dropped = body(call(
                HttpMethod.POST,
                samples + "/delete",
                token,
                Map.of("samples", List.of(ids.get(1), ids.get(2)), "delete_source", true)));
        assertThat(dropped.get("success").asBoolean()).isTrue();
        assertThat(exists(project + "/input/drop.jpg")).isFalse();
        assertThat(exists(project + "/input/x.jpg")).isFalse();
        assertThat(counts()).containsExactly(0, 0, 0, 3);
        assertError(call(HttpMethod.GET, samples + "/" + ids.get(1), token), 404, "ModelArts.4420", ids.get(1));
        assertThat(list("").get("sample_count").asInt()).isZero();
        // the same file can be uploaded again once its sample is gone
        assertThat(upload(List.of(file("keep.jpg", "k2")))).hasSize(1);
    }

    @Test
    void anotherProjectSeesAndChangesNothing() {
        List<String> ids = upload(List.of(file("mine.jpg", "m")));
        String other = newProject();
        String otherToken = apiKey("write", other);
        // this project's key on another project's path: 403; the dataset under the other project: 404
        assertThat(call(HttpMethod.GET, samplesUri(other, datasetId), token)).hasStatus(403);
        assertError(call(HttpMethod.GET, samplesUri(other, datasetId), otherToken), 404, "ModelArts.4352", datasetId);
        assertError(
                call(HttpMethod.GET, samplesUri(other, datasetId) + "/" + ids.get(0), otherToken),
                404,
                "ModelArts.4352",
                datasetId);
        String otherDataset = createDataset(other, otherToken, 0);
        assertError(
                call(HttpMethod.GET, samplesUri(other, otherDataset) + "/" + ids.get(0), otherToken),
                404,
                "ModelArts.4420",
                ids.get(0));
        JsonNode deleted = body(call(
                HttpMethod.POST,
                samplesUri(other, otherDataset) + "/delete",
                otherToken,
                Map.of("samples", List.of(ids.get(0)), "delete_source", true)));
        assertThat(deleted.get("results").get(0).get("error_code").asString()).isEqualTo("ModelArts.4420");
        assertThat(exists(project + "/input/mine.jpg")).isTrue();
        assertThat(counts()).containsExactly(1, 0, 0, 0);
    }
}
