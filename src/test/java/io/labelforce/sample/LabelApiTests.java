package io.labelforce.sample;

import static org.assertj.core.api.Assertions.assertThat;

import io.labelforce.SqlStatementCounter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpMethod;
import tools.jackson.databind.JsonNode;

/** ListLabels (43), CreateLabels (44), UpdateLabels (45, 47), DeleteLabels (46), DeleteLabelAndSamples (48). */
@Import(SqlStatementCounter.Config.class)
class LabelApiTests extends SampleTestSupport {

    @Autowired
    SqlStatementCounter sql;

    private String labels() {
        return "/v2/" + project + "/datasets/" + datasetId + "/data-annotations/labels";
    }

    private List<String> labelNames() {
        var result = call(HttpMethod.GET, labels(), token);
        assertThat(result).hasStatus(200);
        List<String> names = new ArrayList<>();
        body(result).get("labels").forEach(l -> names.add(l.get("name").asString()));
        return names;
    }

    private JsonNode sample(String id) {
        return body(call(HttpMethod.GET, samples + "/" + id, token));
    }

    private List<String> sampleLabels(String id) {
        List<String> names = new ArrayList<>();
        sample(id).get("labels").forEach(l -> names.add(l.get("name").asString()));
        return names;
    }

    private void create(String... names) {
        List<Map<String, Object>> list = new ArrayList<>();
        for (String name : names) {
            list.add(Map.of("name", name, "type", 0, "property", Map.of("@modelarts:color", "#3399ff")));
        }
        var result = call(HttpMethod.POST, labels(), token, Map.of("labels", list));
        assertThat(result).hasStatus(200);
        assertThat(body(result).get("success").asBoolean()).isTrue();
    }

    @Test
    void createListAndUpdateHaveTheReferenceShapes() {
        create("Cat", "Dog");
        assertThat(labelNames()).containsExactly("Cat", "Dog");
        JsonNode first =
                body(call(HttpMethod.GET, labels(), token)).get("labels").get(0);
        assertThat(first.get("type").asInt()).isZero();
        assertThat(first.get("property").get("@modelarts:color").asString()).isEqualTo("#3399ff");
        assertError(
                call(HttpMethod.POST, labels(), token, Map.of("labels", List.of(Map.of("name", "Cat")))),
                409,
                "ModelArts.4411",
                "Cat");
        var recolour = call(
                HttpMethod.PUT,
                labels(),
                token,
                Map.of("labels", List.of(Map.of("name", "Dog", "property", Map.of("@modelarts:color", "#000000")))));
        assertThat(recolour).hasStatus(200);
        assertThat(body(call(HttpMethod.GET, labels(), token))
                        .get("labels")
                        .get(1)
                        .get("property")
                        .get("@modelarts:color")
                        .asString())
                .isEqualTo("#000000");
        assertError(
                call(HttpMethod.PUT, labels(), token, Map.of("labels", List.of(Map.of("name", "Cow")))),
                400,
                "ModelArts.4410",
                "Cow");
        assertThat(body(call(HttpMethod.GET, labels() + "?limit=1&offset=1", token))
                        .get("labels"))
                .hasSize(1);
    }

    @Test
    void aRenameReachesEverySampleInOneStatement() {
        create("Cat", "Dog");
        List<String> ids =
                upload(List.of(file("a.jpg", "a", "Cat"), file("b.jpg", "b", "Cat", "Dog"), file("c.jpg", "c", "Dog")));
        var recording = sql.record(() -> assertThat(call(
                        HttpMethod.PUT,
                        labels(),
                        token,
                        Map.of(
                                "labels",
                                List.of(Map.of("name", "Cat", "property", Map.of("@modelarts:rename_to", "Kitty"))))))
                .hasStatus(200));
        assertThat(recording.touching("sample")).as(recording.describe()).hasSize(1);
        assertThat(labelNames()).containsExactly("Kitty", "Dog");
        assertThat(sampleLabels(ids.get(0))).containsExactly("Kitty");
        assertThat(sampleLabels(ids.get(1))).containsExactly("Kitty", "Dog");
        assertThat(sampleLabels(ids.get(2))).containsExactly("Dog");
        JsonNode filtered = body(call(HttpMethod.GET, samples + "?label_name=Kitty", token));
        assertThat(filtered.get("sample_count").asInt()).isEqualTo(2);
        assertThat(body(call(HttpMethod.GET, samples + "?label_name=Cat", token))
                        .get("sample_count")
                        .asInt())
                .isZero();
        assertThat(counts()).containsExactly(3, 3, 0, 0);
    }

    @Test
    void policyZeroRemovesTheLabelAndASampleLeftWithoutLabelsBecomesUnlabeled() {
        create("Cat", "Dog");
        List<String> ids = upload(List.of(file("a.jpg", "a", "Cat"), file("b.jpg", "b", "Cat", "Dog")));
        var recording = sql.record(() -> assertThat(call(
                        HttpMethod.POST, labels() + "/delete", token, Map.of("labels", List.of(Map.of("name", "Cat")))))
                .hasStatus(200));
        assertThat(recording.touching("sample")).as(recording.describe()).hasSize(1);
        assertThat(labelNames()).containsExactly("Dog");
        assertThat(sampleLabels(ids.get(0))).isEmpty();
        assertThat(sample(ids.get(0)).get("sample_status").asString()).isEqualTo("UN_ANNOTATION");
        assertThat(sampleLabels(ids.get(1))).containsExactly("Dog");
        assertThat(counts()).containsExactly(2, 1, 0, 0);
    }

    @Test
    void policyOneDeletesTheSamplesLeftWithoutLabelsAndKeepsTheirFiles() {
        create("Cat", "Dog");
        List<String> ids =
                upload(List.of(file("a.jpg", "a", "Cat"), file("b.jpg", "b", "Cat", "Dog"), file("n.jpg", "n")));
        var recording = sql.record(() -> assertThat(call(
                        HttpMethod.POST,
                        labels() + "/delete?delete_policy=1",
                        token,
                        Map.of("labels", List.of(Map.of("name", "Cat")))))
                .hasStatus(200));
        assertThat(recording.touching("sample")).as(recording.describe()).hasSize(1);
        assertError(call(HttpMethod.GET, samples + "/" + ids.get(0), token), 404, "ModelArts.4420", ids.get(0));
        assertThat(sampleLabels(ids.get(1))).containsExactly("Dog");
        assertThat(sample(ids.get(2)).get("sample_status").asString()).isEqualTo("UN_ANNOTATION");
        assertThat(exists(project + "/input/a.jpg")).isTrue();
        // total, annotated, unconfirmed, deleted
        assertThat(counts()).containsExactly(2, 1, 0, 1);
    }

    @Test
    void policyTwoAlsoDeletesTheSourceFiles() {
        create("Cat");
        List<String> ids = upload(List.of(file("a.jpg", "a", "Cat")));
        assertThat(call(
                        HttpMethod.POST,
                        labels() + "/delete?delete_policy=2",
                        token,
                        Map.of("labels", List.of(Map.of("name", "Cat")))))
                .hasStatus(200);
        assertError(call(HttpMethod.GET, samples + "/" + ids.get(0), token), 404, "ModelArts.4420", ids.get(0));
        assertThat(exists(project + "/input/a.jpg")).isFalse();
        assertThat(counts()).containsExactly(0, 0, 0, 1);
        assertError(
                call(HttpMethod.POST, labels() + "/delete?delete_policy=3", token, Map.of("labels", List.of())),
                400,
                "ModelArts.0104",
                "delete_policy");
        assertError(
                call(HttpMethod.POST, labels() + "/delete", token, Map.of("labels", List.of(Map.of("name", "Cow")))),
                400,
                "ModelArts.4410",
                "Cow");
    }

    @Test
    void byNameUpdateAndDeleteDecodeNonAsciiNamesAndAnswer204() {
        create("草莓", "Dog");
        List<String> ids = upload(List.of(file("a.jpg", "a", "草莓"), file("b.jpg", "b", "草莓", "Dog")));
        var updated = mvc.put()
                .uri(labels() + "/{name}", "草莓")
                .header("X-Auth-Token", token)
                .contentType("application/json")
                .content("{\"@modelarts:color\":\"#93c47d\",\"@modelarts:rename_to\":\"Strawberry\"}")
                .exchange();
        assertThat(updated).hasStatus(204);
        assertThat(sampleLabels(ids.get(0))).containsExactly("Strawberry");
        assertThat(call(HttpMethod.DELETE, labels() + "/Strawberry?label_type=1", token))
                .hasStatus(400);
        var recording = sql.record(() -> assertThat(call(HttpMethod.DELETE, labels() + "/Strawberry", token))
                .hasStatus(204));
        assertThat(recording.touching("sample")).as(recording.describe()).hasSize(1);
        assertError(call(HttpMethod.GET, samples + "/" + ids.get(0), token), 404, "ModelArts.4420", ids.get(0));
        assertThat(sampleLabels(ids.get(1))).containsExactly("Dog");
        assertThat(labelNames()).containsExactly("Dog");
        assertThat(counts()).containsExactly(1, 1, 0, 1);
        assertError(call(HttpMethod.DELETE, labels() + "/a!b", token), 400, "ModelArts.0104", "label_name");
        assertError(call(HttpMethod.DELETE, labels() + "/Nope", token), 400, "ModelArts.4410", "Nope");
    }

    @Test
    void anotherProjectSeesAndChangesNothing() {
        create("Cat");
        List<String> ids = upload(List.of(file("a.jpg", "a", "Cat")));
        String other = newProject();
        String otherToken = apiKey("write", other);
        String foreign = "/v2/" + other + "/datasets/" + datasetId + "/data-annotations/labels";
        assertError(call(HttpMethod.GET, foreign, otherToken), 404, "ModelArts.4352", datasetId);
        assertError(
                call(
                        HttpMethod.POST,
                        foreign + "/delete?delete_policy=1",
                        otherToken,
                        Map.of("labels", List.of(Map.of("name", "Cat")))),
                404,
                "ModelArts.4352",
                datasetId);
        assertThat(call(HttpMethod.GET, labels(), otherToken)).hasStatus(403);
        assertThat(sampleLabels(ids.get(0))).containsExactly("Cat");
        assertThat(labelNames()).containsExactly("Cat");
    }
}
