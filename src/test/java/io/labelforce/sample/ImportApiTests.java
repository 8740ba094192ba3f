package io.labelforce.sample;

import static org.assertj.core.api.Assertions.assertThat;

import io.labelforce.TestStorage;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpMethod;
import tools.jackson.databind.JsonNode;

/** Import tasks ({D}/import-tasks) and data-source sync ({D}/sync-data), as the SDK uses them. */
class ImportApiTests extends SampleTestSupport {

    private String d() {
        return "/v2/" + project + "/datasets/" + datasetId;
    }

    private void put(String key, String content) {
        var store = TestStorage.get().blobStore();
        store.putBlob(
                TestStorage.BUCKET,
                store.blobBuilder(key)
                        .payload(content.getBytes(StandardCharsets.UTF_8))
                        .build());
    }

    private String startImport(String path) {
        var created = call(HttpMethod.POST, d() + "/import-tasks", token, Map.of("import_path", path));
        assertThat(created).hasStatus(200);
        return body(created).get("task_id").asString();
    }

    private JsonNode awaitFinished(String taskId) {
        JsonNode[] task = new JsonNode[1];
        Awaitility.await().atMost(Duration.ofSeconds(60)).until(() -> {
            task[0] = body(call(HttpMethod.GET, d() + "/import-tasks/" + taskId, token));
            String status = task[0].get("status").asString();
            return status.equals("COMPLETED") || status.equals("FAILED");
        });
        return task[0];
    }

    private int sampleCount() {
        return body(call(HttpMethod.GET, samples, token)).get("sample_count").asInt();
    }

    @Test
    void anImportMakesOneSamplePerObjectAndAgainMakesNoDuplicates() {
        String prefix = project + "/raw/";
        for (int i = 0; i < 7; i++) {
            put(prefix + "img" + i + ".jpg", "bytes" + i);
        }
        put(project + "/other/outside.jpg", "x");
        String path = "/" + TestStorage.BUCKET + "/" + prefix;
        JsonNode task = awaitFinished(startImport(path));
        assertThat(task.get("status").asString()).isEqualTo("COMPLETED");
        assertThat(task.get("import_path").asString()).isEqualTo(path);
        assertThat(task.get("dataset_id").asString()).isEqualTo(datasetId);
        assertThat(task.get("total_file_count").asLong()).isEqualTo(7);
        assertThat(task.get("imported_sample_count").asLong()).isEqualTo(7);
        assertThat(task.get("file_statistics").get("file_num_total").asLong()).isEqualTo(7);
        assertThat(task.get("total_file_size").asLong()).isPositive();
        assertThat(task.has("error_code")).isFalse();
        assertThat(sampleCount()).isEqualTo(7);
        JsonNode sample =
                body(call(HttpMethod.GET, samples, token)).get("samples").get(0);
        assertThat(sample.get("sample_dir").asString()).isEqualTo(path);
        assertThat(sample.get("sample_status").asString()).isEqualTo("UN_ANNOTATION");

        // the same prefix again, with one object more: only that one is new
        put(prefix + "img7.jpg", "bytes7");
        JsonNode again = awaitFinished(startImport("s3://" + TestStorage.BUCKET + "/" + prefix));
        assertThat(again.get("status").asString()).isEqualTo("COMPLETED");
        assertThat(again.get("total_file_count").asLong()).isEqualTo(8);
        assertThat(again.get("imported_sample_count").asLong()).isEqualTo(1);
        assertThat(sampleCount()).isEqualTo(8);
        assertThat(counts()).containsExactly(8, 0, 0, 0);

        JsonNode list = body(call(HttpMethod.GET, d() + "/import-tasks?limit=1", token));
        assertThat(list.get("total_count").asInt()).isEqualTo(2);
        assertThat(list.get("import_tasks")).hasSize(1);
        assertThat(list.get("import_tasks").get(0).get("task_id").asString())
                .isEqualTo(again.get("task_id").asString());
    }

    @Test
    void anUnreadableListingFailsTheTaskWithAClearErrorAndWritesNothing() {
        JsonNode task = awaitFinished(startImport("/no-such-bucket-" + project + "/dir/"));
        assertThat(task.get("status").asString()).isEqualTo("FAILED");
        assertThat(task.get("error_code").asString()).isEqualTo("Labelforce.4361");
        assertThat(task.get("error_msg").asString()).contains("no-such-bucket-" + project);
        assertThat(sampleCount()).isZero();
    }

    @Test
    void syncImportsWhatWasAddedUnderTheDataSource() {
        assertThat(body(call(HttpMethod.GET, d() + "/sync-data", token))
                        .get("status")
                        .asString())
                .isEqualTo("NOT_EXIST");
        upload(List.of(file("uploaded.txt", "u")));
        put(project + "/input/dropped.txt", "d");
        var sync = call(HttpMethod.POST, d() + "/sync-data", token);
        assertThat(sync).hasStatus(200);
        awaitFinished(body(sync).get("task_id").asString());
        JsonNode status = body(call(HttpMethod.GET, d() + "/sync-data", token));
        assertThat(status.get("status").asString()).isEqualTo("COMPLETED");
        assertThat(status.get("add_sample_count").asLong()).isEqualTo(1);
        assertThat(status.get("dataset_id").asString()).isEqualTo(datasetId);
        assertThat(sampleCount()).isEqualTo(2);
    }

    @Test
    void badInputAndOtherProjects() {
        assertError(
                call(HttpMethod.POST, d() + "/import-tasks", token, Map.of()), 400, "ModelArts.0104", "import_path");
        assertError(
                call(HttpMethod.POST, d() + "/import-tasks", token, Map.of("import_path", "not a path")),
                400,
                "ModelArts.0104",
                "import_path");
        assertError(call(HttpMethod.GET, d() + "/import-tasks/unknown", token), 404, "Labelforce.4360", "unknown");
        String taskId = startImport(inputPath(project));
        String other = newProject();
        String otherToken = apiKey("write", other);
        String foreign = "/v2/" + other + "/datasets/" + datasetId;
        assertError(
                call(HttpMethod.GET, foreign + "/import-tasks/" + taskId, otherToken),
                404,
                "ModelArts.4352",
                datasetId);
        assertError(call(HttpMethod.POST, foreign + "/sync-data", otherToken), 404, "ModelArts.4352", datasetId);
        assertThat(call(HttpMethod.GET, d() + "/import-tasks", otherToken)
                        .getResponse()
                        .getStatus())
                .isIn(401, 403);
    }
}
