package io.labelforce.task;

import static org.assertj.core.api.Assertions.assertThat;

import io.labelforce.Fixtures;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/** Concurrent writers of one task: with If-Match exactly one wins, the others learn they lost. */
class TaskConcurrencyTests extends Fixtures {

    @BeforeEach
    void dataset() {
        newDataset();
    }

    @Test
    void parallelUpdatesWithTheSameETagHaveOneWinner() throws Exception {
        String team = teamWithLabelers("race", "r", 8);
        String taskId = createTask(task("raced"));
        MvcTestResult read = call(HttpMethod.GET, tasks + "/" + taskId, writer);
        String etag = etag(read);

        List<Callable<Integer>> writers = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            String description = "writer-" + i;
            String email = "r" + i + "@example.com";
            writers.add(() -> mvc.put()
                    .uri(tasks + "/" + taskId)
                    .header("X-Auth-Token", writer)
                    .header("If-Match", etag)
                    .contentType(MediaType.APPLICATION_JSON)
                    .content(json.writeValueAsString(
                            Map.of("description", description, "workforces_config", config(team, List.of(email)))))
                    .exchange()
                    .getResponse()
                    .getStatus());
        }
        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<Integer> statuses = new ArrayList<>();
        for (Future<Integer> status : pool.invokeAll(writers)) {
            statuses.add(status.get());
        }
        pool.shutdown();

        assertThat(statuses).filteredOn(s -> s == 200).hasSize(1);
        assertThat(statuses).filteredOn(s -> s == 412).hasSize(7);
        // the winner's description and its member, together: nothing of a loser was written
        var task = details(taskId, "");
        String winner = task.get("description").asString();
        assertThat(winner).startsWith("writer-");
        assertThat(emails(task)).containsExactly("r" + winner.substring("writer-".length()) + "@example.com");
    }

    @Test
    void aStaleETagIsRefusedAndTheCurrentOneAccepted() {
        String taskId = createTask(task("etag"));
        String first = etag(call(HttpMethod.GET, tasks + "/" + taskId, writer));
        MvcTestResult updated = mvc.put()
                .uri(tasks + "/" + taskId)
                .header("X-Auth-Token", writer)
                .header("If-Match", first)
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"description\":\"one\"}")
                .exchange();
        assertThat(updated).hasStatus(200);
        String second = etag(updated);
        assertThat(second).isNotEqualTo(first);

        assertError(
                mvc.put()
                        .uri(tasks + "/" + taskId)
                        .header("X-Auth-Token", writer)
                        .header("If-Match", first)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"description\":\"two\"}")
                        .exchange(),
                412,
                "Labelforce.0412",
                second);
        assertError(
                mvc.delete()
                        .uri(tasks + "/" + taskId)
                        .header("X-Auth-Token", writer)
                        .header("If-Match", first)
                        .exchange(),
                412,
                "Labelforce.0412",
                "");
        assertThat(mvc.put()
                        .uri(tasks + "/" + taskId)
                        .header("X-Auth-Token", writer)
                        .header("If-Match", second)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"description\":\"two\"}")
                        .exchange())
                .hasStatus(200);
        assertThat(details(taskId, "").get("description").asString()).isEqualTo("two");
    }

    private static String etag(MvcTestResult result) {
        return Objects.requireNonNull(result.getResponse().getHeader("ETag"), "no ETag header");
    }
}
