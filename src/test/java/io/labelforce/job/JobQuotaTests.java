package io.labelforce.job;

import static org.assertj.core.api.Assertions.assertThat;

import io.labelforce.ApiTest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpMethod;
import org.springframework.test.context.TestPropertySource;

/** The per-project job quota, also under concurrent creations. */
@TestPropertySource(properties = "labelforce.limits.annotation-jobs-per-project=3")
class JobQuotaTests extends ApiTest {

    @Test
    void concurrentCreationsNeverExceedTheQuota() throws Exception {
        String project = newProject();
        String token = apiKey("write", project);
        String uri = "/v1/" + project + "/annotation-jobs";
        List<Callable<Integer>> creations = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            Map<String, Object> job =
                    Map.of("name", "job" + i, "data_type", "OBS", "type", "Manual Image classify", "path", "b/p/");
            creations.add(
                    () -> call(HttpMethod.POST, uri, token, job).getResponse().getStatus());
        }
        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<Integer> statuses = new ArrayList<>();
        for (Future<Integer> status : pool.invokeAll(creations)) {
            statuses.add(status.get());
        }
        pool.shutdown();

        assertThat(statuses).filteredOn(s -> s == 200).hasSize(3);
        assertThat(statuses).filteredOn(s -> s == 429).hasSize(5);
        var list = body(call(HttpMethod.GET, uri, token));
        assertThat(list.get("job_total_count").asInt()).isEqualTo(3);
        assertThat(list.get("manual_annotation_count_limit").asInt()).isZero();
        assertError(
                call(
                        HttpMethod.POST,
                        uri,
                        token,
                        Map.of(
                                "name",
                                "one_more",
                                "data_type",
                                "OBS",
                                "type",
                                "Manual Image classify",
                                "path",
                                "b/p/")),
                429,
                "ModelArts.4395",
                "maximum of 3");
    }
}
