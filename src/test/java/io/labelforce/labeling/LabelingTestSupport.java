package io.labelforce.labeling;

import static org.assertj.core.api.Assertions.assertThat;

import io.labelforce.Fixtures;
import io.labelforce.TestStorage;
import io.labelforce.task.TaskStatus;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpMethod;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import tools.jackson.databind.JsonNode;

/**
 * Tasks with samples and members acting through their own API keys ({@code worker_email}): the fixture of the
 * workflow tests.
 */
abstract class LabelingTestSupport extends Fixtures {

    /**
     * Adds {@code n} samples named {@code <prefix><i>} to the dataset, one second apart in create time (so the
     * distribution order is theirs), and returns their ids in that order. Written in SQL: the sample API is not
     * what these tests exercise, and the dataset counters follow through the table's triggers.
     */
    protected List<String> addSamples(String dataset, String prefix, int n) {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            ids.add(String.format("%032x", System.nanoTime() * 1000 + i).substring(0, 32));
        }
        jdbc.update("""
                insert into sample (id, project_id, dataset_id, name, bucket, object_key, create_time, update_time)
                select s.id, ?, ?, ? || (s.n - 1), ?, ? || s.id, timestamptz '2026-01-01' + (s.n * interval '1 second'),
                       timestamptz '2026-01-01'
                from unnest(?::varchar[]) with ordinality as s(id, n)
                """, project, dataset, prefix, TestStorage.BUCKET, project + "/input/", ids.toArray(String[]::new));
        return ids;
    }

    /**
     * A member key acting as {@code email}: permission {@code member}, which reaches only the member routes
     * (decision I10), as the key an accepted invitation issues.
     */
    protected String memberKey(String email) {
        MvcTestResult key = call(
                HttpMethod.POST,
                "/admin/api-keys",
                ADMIN_TOKEN,
                Map.of(
                        "name",
                        "member-" + System.nanoTime(),
                        "projects",
                        List.of(project),
                        "permission",
                        "member",
                        "worker_email",
                        email));
        assertThat(key).hasStatus(201);
        return body(key).get("token").asString();
    }

    /** A task over {@link #datasetId} with this assignment and repetition, created and started; waits until running. */
    protected String startedTask(String name, int repetition, Map<String, Object> config) {
        Map<String, Object> body = task(name);
        body.put("repetition", repetition);
        body.put("workforces_config", config);
        String taskId = createTask(body);
        assertThat(call(HttpMethod.POST, tasks + "/" + taskId, writer)).hasStatus(200);
        awaitStatus(taskId, TaskStatus.RUNNING);
        return taskId;
    }

    protected void awaitStatus(String taskId, TaskStatus status) {
        eventually()
                .untilAsserted(() ->
                        assertThat(taskStatus(details(taskId, ""), "status")).isEqualTo(status));
    }

    protected String taskPath(String taskId) {
        return tasks + "/" + taskId;
    }

    protected JsonNode copies(String taskId, String key, String query) {
        MvcTestResult result = call(HttpMethod.GET, taskPath(taskId) + "/data-annotations/samples" + query, key);
        assertThat(result).hasStatus(200);
        return body(result);
    }

    protected MvcTestResult label(String taskId, String key, List<String> sampleIds, String... labels) {
        List<Map<String, Object>> items = new ArrayList<>();
        for (String id : sampleIds) {
            items.add(Map.of(
                    "sample_id",
                    id,
                    "labels",
                    java.util.Arrays.stream(labels)
                            .map(l -> Map.of("name", l, "type", 1))
                            .toList()));
        }
        return call(HttpMethod.PUT, taskPath(taskId) + "/data-annotations/samples", key, Map.of("samples", items));
    }

    protected MvcTestResult review(String taskId, String key, List<String> sampleIds, boolean accept, String score) {
        List<Map<String, Object>> comments = new ArrayList<>();
        for (String id : sampleIds) {
            Map<String, Object> c = new HashMap<>();
            c.put("sample_id", id);
            c.put("accept", accept);
            c.put("comment", accept ? "fine" : "redo");
            c.put("score", score);
            comments.add(c);
        }
        return call(HttpMethod.POST, taskPath(taskId) + "/data-annotations/review", key, Map.of("comments", comments));
    }

    /** The task's {@code sample_stats} of ListWorkforceTaskStats. */
    protected Map<String, Integer> stats(String taskId) {
        JsonNode stats = get(taskPath(taskId) + "/data-annotations/stats").get("sample_stats");
        Map<String, Integer> result = new HashMap<>();
        stats.properties().forEach(e -> result.put(e.getKey(), e.getValue().asInt()));
        return result;
    }

    /** Sample ids of a copy list. */
    protected static List<String> sampleIds(JsonNode list) {
        return texts(list.get("samples"), "sample_id");
    }

    protected List<String> copiesOfWorker(String taskId, String workerId) {
        return jdbc.queryForList(
                "select sample_id from task_sample where task_id = ? and worker_id = ? order by sample_id",
                String.class,
                taskId,
                workerId);
    }
}
