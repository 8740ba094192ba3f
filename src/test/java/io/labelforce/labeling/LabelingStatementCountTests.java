package io.labelforce.labeling;

import static org.assertj.core.api.Assertions.assertThat;

import io.labelforce.SqlStatementCounter;
import io.labelforce.task.TaskStarted;
import io.labelforce.task.TaskStatus;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpMethod;

/** Start, a label batch and the statistics cost a fixed number of statements whatever their size. */
@Import(SqlStatementCounter.Config.class)
class LabelingStatementCountTests extends LabelingTestSupport {

    @Autowired
    SqlStatementCounter sql;

    @Autowired
    DistributionListener listener;

    private String team;

    @BeforeEach
    void dataset() {
        newDataset();
        team = teamWithLabelers("crew", "c", 2);
    }

    private static int withoutAuthentication(SqlStatementCounter.Recording recording) {
        return recording.count() - recording.touching("api_key").size();
    }

    @Test
    void aLabelBatchOf100IsOneWriteAndCostsWhatABatchOf10Costs() {
        addSamples(datasetId, "img-", 200);
        String taskId = startedTask("batch", 1, config(team, List.of("c0@example.com")));
        String key = memberKey("c0@example.com");
        List<String> own = sampleIds(copies(taskId, key, "?limit=100"));
        List<String> next = sampleIds(copies(taskId, key, "?limit=100&offset=1"));

        var ten = sql.record(
                () -> assertThat(label(taskId, key, own.subList(0, 10), "Cat")).hasStatus(200));
        var hundred = sql.record(() -> {
            var result = label(taskId, key, next, "Cat", "Dog");
            assertThat(body(result).get("success").asBoolean()).isTrue();
        });
        assertThat(hundred.touching("task_sample")).as(hundred.describe()).hasSize(1);
        assertThat(withoutAuthentication(hundred)).as(hundred.describe()).isEqualTo(withoutAuthentication(ten));
        assertThat(withoutAuthentication(hundred)).as(hundred.describe()).isLessThanOrEqualTo(5);
        assertThat(stats(taskId)).containsEntry("uncheck", 110).containsEntry("un_annotation", 90);
    }

    @Test
    void statisticsReadCountersNotCopies() {
        addSamples(datasetId, "few-", 5);
        String small = startedTask("small", 1, config(team, List.of("c0@example.com", "c1@example.com")));
        var few = sql.record(() -> stats(small));
        addSamples(datasetId, "many-", 300);
        String large = startedTask("large", 2, config(team, List.of("c0@example.com", "c1@example.com")));
        var many = sql.record(() -> assertThat(stats(large)).containsEntry("total", 610));
        assertThat(withoutAuthentication(many)).as(many.describe()).isEqualTo(withoutAuthentication(few));
        assertThat(many.touching("task_sample")).isEmpty();
        var metrics = sql.record(() -> get(taskPath(large) + "/metrics"));
        assertThat(metrics.touching("task_sample")).isEmpty();
        // the task view's figures come from the counters too
        var view = sql.record(() -> assertThat(details(large, "?sample_stats=true")
                        .get("sample_stats")
                        .get("total_sample_count")
                        .asInt())
                .isEqualTo(610));
        assertThat(view.touching("task_sample")).isEmpty();
    }

    @Test
    void startAndDistributionCostTheSameFor10And300Samples() {
        addSamples(datasetId, "img-", 10);
        String small = createTask(withConfig("small"));
        var startSmall = sql.record(
                () -> assertThat(call(HttpMethod.POST, taskPath(small), writer)).hasStatus(200));
        awaitStatus(small, TaskStatus.RUNNING);
        addSamples(datasetId, "more-", 290);
        String large = createTask(withConfig("large"));
        var startLarge = sql.record(
                () -> assertThat(call(HttpMethod.POST, taskPath(large), writer)).hasStatus(200));
        awaitStatus(large, TaskStatus.RUNNING);
        assertThat(withoutAuthentication(startLarge))
                .as(startLarge.describe())
                .isEqualTo(withoutAuthentication(startSmall));
        assertThat(withoutAuthentication(startLarge)).as(startLarge.describe()).isLessThanOrEqualTo(12);

        // the distribution itself, run here on the test's thread again: one insert of all copies
        jdbc.update("delete from task_sample where task_id = ?", large);
        jdbc.update("update labeling_task set next_index = 0 where task_id = ?", large);
        setStatus(large, TaskStatus.STARTING);
        var distribution = sql.record(() -> listener.distribute(new TaskStarted(project, datasetId, large)));
        assertThat(distribution.touching("task_sample"))
                .as(distribution.describe())
                .hasSize(1);
        assertThat(distribution.count()).as(distribution.describe()).isLessThanOrEqualTo(12);
        assertThat(stats(large)).containsEntry("total", 300);
    }

    private java.util.Map<String, Object> withConfig(String name) {
        java.util.Map<String, Object> body = task(name);
        body.put("workforces_config", config(team, List.of("c0@example.com", "c1@example.com")));
        return body;
    }
}
