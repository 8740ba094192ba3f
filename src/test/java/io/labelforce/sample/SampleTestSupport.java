package io.labelforce.sample;

import static org.assertj.core.api.Assertions.assertThat;

import io.labelforce.ApiTest;
import io.labelforce.TestStorage;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.http.HttpMethod;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import tools.jackson.databind.JsonNode;

/** A project with a write key and a dataset whose data source is {@code /labelforce/<project>/input/}. */
abstract class SampleTestSupport extends ApiTest {

    protected String project;
    protected String token;
    protected String datasetId;
    protected String samples;

    @BeforeEach
    void createDataset() {
        project = newProject();
        token = apiKey("write", project);
        datasetId = createDataset(project, token, 0);
        samples = samplesUri(project, datasetId);
    }

    protected String createDataset(String projectId, String key, int type) {
        Map<String, Object> body = new HashMap<>();
        body.put("dataset_name", "d" + System.nanoTime());
        body.put("dataset_type", type);
        body.put("data_sources", List.of(Map.of("data_path", inputPath(projectId))));
        body.put("work_path", "/" + TestStorage.BUCKET + "/" + projectId + "/output/");
        body.put("work_path_type", 0);
        MvcTestResult created = call(HttpMethod.POST, "/v2/" + projectId + "/datasets", key, body);
        assertThat(created).hasStatus(201);
        return body(created).get("dataset_id").asString();
    }

    protected static String inputPath(String projectId) {
        return "/" + TestStorage.BUCKET + "/" + projectId + "/input/";
    }

    protected static String samplesUri(String projectId, String dataset) {
        return "/v2/" + projectId + "/datasets/" + dataset + "/data-annotations/samples";
    }

    protected static String base64(String content) {
        return Base64.getEncoder().encodeToString(content.getBytes(StandardCharsets.UTF_8));
    }

    protected static Map<String, Object> file(String name, String content, String... labels) {
        Map<String, Object> sample = new HashMap<>();
        sample.put("name", name);
        sample.put("data", base64(content));
        if (labels.length > 0) {
            List<Map<String, Object>> list = new ArrayList<>();
            for (String label : labels) {
                list.add(Map.of("name", label, "type", 0));
            }
            sample.put("labels", list);
        }
        return sample;
    }

    /** Uploads the samples and returns their ids, asserting that every item succeeded. */
    protected List<String> upload(List<Map<String, Object>> items) {
        JsonNode result = body(call(HttpMethod.POST, samples, token, Map.of("samples", items)));
        assertThat(result.get("success").asBoolean()).as(result.toString()).isTrue();
        List<String> ids = new ArrayList<>();
        result.get("results").forEach(r -> ids.add(r.get("info").asString()));
        return ids;
    }

    protected JsonNode datasetView() {
        return body(call(HttpMethod.GET, "/v2/" + project + "/datasets/" + datasetId, token));
    }

    /** total, annotated, unconfirmed, deleted: the counters DescDataset shows. */
    protected List<Integer> counts() {
        JsonNode d = datasetView();
        return List.of(
                d.get("total_sample_count").asInt(),
                d.get("annotated_sample_count").asInt(),
                d.get("unconfirmed_sample_count").asInt(),
                d.get("deleted_sample_count").asInt());
    }

    protected byte[] stored(String key) {
        var blob = TestStorage.get().blobStore().getBlob(TestStorage.BUCKET, key);
        if (blob == null) {
            return new byte[0];
        }
        try (var in = blob.getPayload().openStream()) {
            return in.readAllBytes();
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    protected boolean exists(String key) {
        return TestStorage.get().blobStore().blobExists(TestStorage.BUCKET, key);
    }

    /**
     * {@code objects} small objects under {@code prefix} in the embedded storage, and a queued import task for
     * them written straight into the store (no event: the test runs the import itself).
     */
    protected String queuedImport(ImportTaskStore tasks, String prefix, int objects, Instant now) {
        var store = TestStorage.get().blobStore();
        for (int i = 0; i < objects; i++) {
            store.putBlob(
                    TestStorage.BUCKET,
                    store.blobBuilder(prefix + String.format("img%05d.jpg", i))
                            .payload(("bytes" + i).getBytes(StandardCharsets.UTF_8))
                            .build());
        }
        String id = io.labelforce.common.Ids.hex32();
        tasks.insert(new ImportTaskStore.Task(
                project,
                datasetId,
                id,
                ImportService.IMPORT,
                "/" + TestStorage.BUCKET + "/" + prefix,
                TestStorage.BUCKET,
                prefix,
                true,
                "QUEUING",
                null,
                0,
                0,
                0,
                null,
                null,
                now,
                now));
        return id;
    }
}
