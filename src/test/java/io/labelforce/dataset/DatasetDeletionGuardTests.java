package io.labelforce.dataset;

import static org.assertj.core.api.Assertions.assertThat;

import io.labelforce.ApiTest;
import java.util.Collection;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpMethod;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import tools.jackson.databind.JsonNode;

/** The dataset module asks {@link DatasetUsage} implementations before deleting and for task counts. */
@Import(DatasetDeletionGuardTests.BusyDatasets.class)
class DatasetDeletionGuardTests extends ApiTest {

    static final Set<String> BUSY = ConcurrentHashMap.newKeySet();

    @TestConfiguration(proxyBeanMethods = false)
    static class BusyDatasets {
        @Bean
        DatasetUsage busyDatasets() {
            return new DatasetUsage() {
                @Override
                public Map<String, Long> workforceTaskCounts(String projectId, Collection<String> datasetIds) {
                    return datasetIds.stream()
                            .filter(BUSY::contains)
                            .collect(java.util.stream.Collectors.toMap(id -> id, id -> 2L));
                }

                @Override
                public boolean hasUnfinishedTasks(String projectId, String datasetId) {
                    return BUSY.contains(datasetId);
                }
            };
        }
    }

    @Test
    void aDatasetWithUnfinishedTasksIsNotDeletedAndShowsItsTasks() {
        String project = newProject();
        String token = apiKey("write", project);
        String base = "/v2/" + project + "/datasets";
        MvcTestResult created = call(HttpMethod.POST, base, token, DatasetApiTests.dataset("busy"));
        String id = body(created).get("dataset_id").asString();
        BUSY.add(id);

        assertError(call(HttpMethod.DELETE, base + "/" + id, token), 403, "ModelArts.4803", "unfinished");
        JsonNode d = body(call(HttpMethod.GET, base + "/" + id, token));
        assertThat(d.get("dataset_name").asString()).isEqualTo("busy");
        assertThat(d.get("workforce_task_count").asInt()).isEqualTo(2);
        assertThat(d.get("exist_workforce_task").asBoolean()).isTrue();
        assertThat(body(call(HttpMethod.GET, base, token))
                        .get("datasets")
                        .get(0)
                        .get("workforce_task_count")
                        .asInt())
                .isEqualTo(2);

        BUSY.remove(id);
        assertThat(call(HttpMethod.DELETE, base + "/" + id, token)).hasStatus(204);
    }
}
