package io.labelforce.storage;

import static org.assertj.core.api.Assertions.assertThat;

import io.labelforce.ApiTest;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpMethod;
import org.springframework.test.context.TestPropertySource;

/** Without storage settings the service runs; what needs files answers 503 naming the missing settings. */
@TestPropertySource(properties = "labelforce.test.embedded-storage=false")
class StorageNotConfiguredTests extends ApiTest {

    @Test
    void callsThatNeedFilesAre503AndTheRestWorks() {
        String project = newProject();
        String token = apiKey("write", project);
        Map<String, Object> dataset = new HashMap<>();
        dataset.put("dataset_name", "no-storage");
        dataset.put("work_path", "/bucket/out/");
        dataset.put("work_path_type", 0);
        var created = call(HttpMethod.POST, "/v2/" + project + "/datasets", token, dataset);
        assertThat(created).hasStatus(201);
        String id = body(created).get("dataset_id").asString();
        String samples = "/v2/" + project + "/datasets/" + id + "/data-annotations/samples";

        var upload = call(
                HttpMethod.POST, samples, token, Map.of("samples", List.of(Map.of("name", "a.jpg", "data", "eA=="))));
        assertError(upload, 503, "Labelforce.5031", "labelforce.storage.endpoint (LABELFORCE_STORAGE_ENDPOINT)");
        assertThat(body(upload).get("error_msg").asString())
                .contains("LABELFORCE_STORAGE_BUCKET", "LABELFORCE_STORAGE_ACCESSKEY", "LABELFORCE_STORAGE_SECRETKEY");
        assertError(call(HttpMethod.GET, samples, token), 503, "Labelforce.5031", "not configured");
        assertError(
                call(
                        HttpMethod.POST,
                        samples + "/delete",
                        token,
                        Map.of("samples", List.of("x"), "delete_source", true)),
                503,
                "Labelforce.5031",
                "not configured");
        // no file needed: these work
        assertThat(call(HttpMethod.POST, samples + "/delete", token, Map.of("samples", List.of("x"))))
                .hasStatus(200);
        assertThat(call(HttpMethod.GET, "/v2/" + project + "/datasets/" + id, token))
                .hasStatus(200);
        assertThat(call(HttpMethod.GET, "/actuator/health", token)).hasStatus(200);
    }
}
