package io.labelforce.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import io.labelforce.ApiTest;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/** The domain counters count what happened, and only that. */
class OperationalMetricsTests extends ApiTest {

    @Autowired
    MeterRegistry meters;

    @Test
    void labelingJobCreationsAndDeletionsAreCountedOnceCommitted() {
        String project = newProject();
        String token = apiKey("write", project);
        double created = count("labelforce.annotation.job.creations");
        double deleted = count("labelforce.annotation.job.deletions");

        MvcTestResult result = call(HttpMethod.POST, "/v1/" + project + "/annotation-jobs", token, job("metered"));
        assertThat(result).hasStatus(200);
        assertError(
                call(HttpMethod.POST, "/v1/" + project + "/annotation-jobs", token, job("metered")),
                409,
                "ModelArts.4800",
                "");
        assertThat(count("labelforce.annotation.job.creations"))
                .as("the refused duplicate is not counted")
                .isEqualTo(created + 1);

        String jobId = body(result).get("job_id").asString();
        assertThat(call(HttpMethod.DELETE, "/v1/" + project + "/annotation-jobs/" + jobId, token))
                .hasStatus(200);
        assertThat(call(HttpMethod.DELETE, "/v1/" + project + "/annotation-jobs/" + jobId, token))
                .hasStatus(404);
        assertThat(count("labelforce.annotation.job.deletions")).isEqualTo(deleted + 1);
    }

    @Test
    void refusedRequestsAreCountedByReason() {
        String project = newProject();
        String reader = apiKey("read", project);
        Map<String, Double> before = failures();

        call(HttpMethod.GET, "/v1/" + project + "/annotation-jobs", "lf_not-a-real-token");
        mvc.get().uri("/v1/" + project + "/annotation-jobs").exchange();
        call(HttpMethod.GET, "/v1/" + newProject() + "/annotation-jobs", reader);
        call(HttpMethod.POST, "/v1/" + project + "/annotation-jobs", reader, job("nope"));
        call(HttpMethod.GET, "/v1/" + project + "/annotation-jobs", ADMIN_TOKEN);
        call(HttpMethod.GET, "/v1/bad.project/annotation-jobs", reader);
        call(HttpMethod.GET, "/v1/" + project + "/annotation-jobs", reader);

        Map<String, Double> after = failures();
        assertThat(after.keySet())
                .containsExactlyInAnyOrder(
                        "missing_token", "invalid_token", "project_not_covered", "permission", "invalid_project_id");
        after.replaceAll((reason, value) -> value - before.getOrDefault(reason, 0.0));
        assertThat(after)
                .containsExactlyInAnyOrderEntriesOf(Map.of(
                        "invalid_token",
                        1.0,
                        "missing_token",
                        1.0,
                        "project_not_covered",
                        1.0,
                        "permission",
                        2.0,
                        "invalid_project_id",
                        1.0));
    }

    private double count(String name) {
        return meters.get(name).counter().count();
    }

    private Map<String, Double> failures() {
        Map<String, Double> counts = new HashMap<>();
        meters.get("labelforce.auth.failures")
                .counters()
                .forEach(counter -> counts.put(counter.getId().getTag("reason"), counter.count()));
        return counts;
    }

    private static Map<String, Object> job(String name) {
        return Map.of("name", name, "data_type", "OBS", "type", "Manual Image classify", "path", "bucket/dir/");
    }
}
