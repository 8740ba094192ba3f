package io.labelforce.sample;

import static org.assertj.core.api.Assertions.assertThat;

import io.labelforce.TestStorage;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import tools.jackson.databind.JsonNode;

class SampleUploadApiTests extends SampleTestSupport {

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void theSdkShapeStoresTheFileUnderTheDataSourceAndAnswersPathAndId() {
        MvcTestResult result = call(
                HttpMethod.POST,
                samples,
                token,
                Map.of("samples", List.of(file("2.jpg", "jpeg bytes"), file("3.jpg", "more bytes", "Cat"))));
        assertThat(result).hasStatus(200);
        JsonNode body = body(result);
        assertThat(body.get("success").asBoolean()).isTrue();
        JsonNode first = body.get("results").get(0);
        assertThat(first.get("success").asBoolean()).isTrue();
        assertThat(first.get("name").asString()).isEqualTo(inputPath(project) + "2.jpg");
        assertThat(first.get("info").asString()).matches("[0-9a-f]{32}");
        assertThat(new String(stored(project + "/input/2.jpg"), StandardCharsets.UTF_8))
                .isEqualTo("jpeg bytes");
        assertThat(new String(stored(project + "/input/3.jpg"), StandardCharsets.UTF_8))
                .isEqualTo("more bytes");
        // total, annotated, unconfirmed, deleted
        assertThat(counts()).containsExactly(2, 1, 0, 0);
    }

    @Test
    void badItemsFailOneByOneAndTheGoodOnesAreStored() {
        upload(List.of(file("taken.jpg", "x")));
        Map<String, Object> noData = new HashMap<>(Map.of("name", "none.jpg"));
        Map<String, Object> both = new HashMap<>(file("both.jpg", "x"));
        both.put("source", "/labelforce/elsewhere/a.jpg");
        JsonNode body = body(call(
                HttpMethod.POST,
                samples,
                token,
                Map.of(
                        "samples",
                        List.of(
                                file("good.jpg", "fine"),
                                Map.of("name", "bad.jpg", "data", "not base64 !!"),
                                Map.of("name", "big.jpg", "data", base64("x".repeat(33 * 1024))),
                                file("taken.jpg", "again"),
                                file("twice.jpg", "one"),
                                file("twice.jpg", "two"),
                                Map.of("name", "ref.jpg", "source", "s3://labelforce/nothing/here.jpg"),
                                noData,
                                both,
                                file("a/b.jpg", "slash")))));
        assertThat(body.get("success").asBoolean()).isFalse();
        List<String> codes = new java.util.ArrayList<>();
        body.get("results").forEach(r -> codes.add(r.path("error_code").asString("ok")));
        assertThat(codes)
                .containsExactly(
                        "ok",
                        "ModelArts.4421",
                        "ModelArts.4421",
                        "ModelArts.4422",
                        "ok",
                        "ModelArts.4422",
                        "ModelArts.4651",
                        "ModelArts.4421",
                        "ModelArts.4421",
                        "ModelArts.4421");
        assertThat(body.get("results").get(1).get("error_msg").asString()).contains("base64");
        assertThat(body.get("results").get(2).get("error_msg").asString()).contains("larger than 32768 bytes");
        assertThat(body.get("results").get(6).get("error_msg").asString()).contains("does not exist");
        // the taken file keeps its content; twice.jpg is the first one
        assertThat(new String(stored(project + "/input/taken.jpg"), StandardCharsets.UTF_8))
                .isEqualTo("x");
        assertThat(new String(stored(project + "/input/twice.jpg"), StandardCharsets.UTF_8))
                .isEqualTo("one");
        assertThat(exists(project + "/input/bad.jpg")).isFalse();
        assertThat(counts()).containsExactly(3, 0, 0, 0);
    }

    @Test
    void aSampleCanReferenceAnObjectAlreadyInStorageAndDetailsGiveAWorkingPresignedUrl() throws Exception {
        var store = TestStorage.get().blobStore();
        String key = project + "/shared/cat.png";
        store.putBlob(
                TestStorage.BUCKET,
                store.blobBuilder(key).payload("png bytes".getBytes()).build());
        List<String> ids = upload(List.of(Map.of("source", "s3://" + TestStorage.BUCKET + "/" + key)));

        JsonNode sample = body(call(HttpMethod.GET, samples + "/" + ids.get(0), token));
        assertThat(sample.get("sample_name").asString()).isEqualTo("cat.png");
        assertThat(sample.get("sample_dir").asString()).isEqualTo("/labelforce/" + project + "/shared/");
        assertThat(sample.get("sample_size").asLong()).isEqualTo(9);
        assertThat(sample.get("sample_status").asString()).isEqualTo("UN_ANNOTATION");
        assertThat(sample.has("data")).isFalse();
        String source = sample.get("source").asString();
        assertThat(source).contains("X-Amz-Expires=900").contains("X-Amz-Signature=");
        HttpResponse<String> fetched = HttpClient.newHttpClient()
                .send(HttpRequest.newBuilder(URI.create(source)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(fetched.statusCode()).isEqualTo(200);
        assertThat(fetched.body()).isEqualTo("png bytes");
    }

    @Test
    void aBodyOverTheUploadLimitIs413AndOtherRoutesKeepTheGeneralLimit() {
        String big = base64("y".repeat(30 * 1024));
        List<Map<String, Object>> items = new java.util.ArrayList<>();
        for (int i = 0; i < 8; i++) {
            items.add(Map.of("name", i + ".jpg", "data", big));
        }
        assertError(
                call(HttpMethod.POST, samples, token, Map.of("samples", items)),
                413,
                "Labelforce.0413",
                "larger than 262144 bytes");
        assertThat(exists(project + "/input/0.jpg")).isFalse();
        // two such files (~80 KB) pass the upload route although they exceed the general 64 KB limit
        assertThat(upload(items.subList(0, 2))).hasSize(2);
        assertThat(exists(project + "/input/0.jpg")).isTrue();
    }

    @Test
    void finalAnnotationFalseMakesLabeledSamplesAwaitConfirmation() {
        JsonNode body = body(call(
                HttpMethod.POST,
                samples,
                token,
                Map.of("final_annotation", false, "samples", List.of(file("a.jpg", "a", "Cat"), file("b.jpg", "b")))));
        assertThat(body.get("success").asBoolean()).isTrue();
        assertThat(counts()).containsExactly(2, 0, 1, 0);
    }

    @Test
    void anUploadWhoseRowsAreNeverCommittedLeavesNoObjectBehind() {
        String name = "boom-" + project + ".jpg";
        jdbc.execute(
                "create or replace function sample_test_refuse() returns trigger language plpgsql as $$"
                        + " begin if new.name like 'boom-%' then raise exception 'refused by test'; end if; return new; end $$");
        jdbc.execute("drop trigger if exists sample_test_refuse on sample");
        jdbc.execute("create trigger sample_test_refuse before insert on sample for each row"
                + " execute function sample_test_refuse()");
        try {
            MvcTestResult result =
                    call(HttpMethod.POST, samples, token, Map.of("samples", List.of(file(name, "bytes"))));
            assertThat(result).hasStatus(500);
        } finally {
            jdbc.execute("drop trigger if exists sample_test_refuse on sample");
        }
        assertThat(exists(project + "/input/" + name)).isFalse();
        assertThat(counts()).containsExactly(0, 0, 0, 0);
        assertThat(jdbc.queryForObject(
                        "select count(*) from pending_object where project_id = ?", Integer.class, project))
                .as("the deleted object's pending record goes too")
                .isZero();
    }

    @Test
    void badRequestsAreClear4xx() {
        assertError(call(HttpMethod.POST, samples, token, "{\"samples\": 3}"), 400, "ModelArts.0101", "samples");
        List<Map<String, Object>> many = new java.util.ArrayList<>();
        for (int i = 0; i < 51; i++) {
            many.add(file(i + ".txt", "x"));
        }
        assertError(
                call(HttpMethod.POST, samples, token, Map.of("samples", many)), 400, "ModelArts.0104", "at most 50");
        assertError(
                call(
                        HttpMethod.POST,
                        samples,
                        token,
                        Map.of(
                                "samples",
                                List.of(Map.of(
                                        "name", "x", "data", "eA==", "labels", List.of(Map.of("name", "a/b")))))),
                400,
                "ModelArts.0104",
                "name");
        assertError(
                call(HttpMethod.POST, samplesUri(project, "NoSuchDataset000000"), token, Map.of("samples", List.of())),
                404,
                "ModelArts.4352",
                "NoSuchDataset000000");
    }
}
