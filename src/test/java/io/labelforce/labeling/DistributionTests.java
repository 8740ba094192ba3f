package io.labelforce.labeling;

import static org.assertj.core.api.Assertions.assertThat;

import io.labelforce.task.TaskStarted;
import io.labelforce.task.TaskStatus;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.modulith.events.core.EventPublicationRegistry;
import org.springframework.modulith.events.core.PublicationTargetIdentifier;
import org.springframework.transaction.support.TransactionTemplate;

/** Start (17): who gets which copies, sample_conditions, and a distribution that survives a crash. */
class DistributionTests extends LabelingTestSupport {

    @Autowired
    DistributionListener listener;

    @Autowired
    EventPublicationRegistry registry;

    @Autowired
    IncompleteEventPublications incomplete;

    @Autowired
    TransactionTemplate transaction;

    @BeforeEach
    void dataset() {
        newDataset();
    }

    @Test
    void eachSampleGetsRepetitionDistinctLabelersAndLoadsDifferByAtMostOne() {
        List<String> samples = addSamples(datasetId, "img-", 20);
        String team = teamWithLabelers("five", "f", 5);
        String taskId = startedTask(
                "rep3",
                3,
                config(
                        team,
                        List.of(
                                "f0@example.com",
                                "f1@example.com",
                                "f2@example.com",
                                "f3@example.com",
                                "f4@example.com")));

        assertThat(jdbc.queryForObject("select count(*) from task_sample where task_id = ?", Long.class, taskId))
                .isEqualTo(60);
        // every sample: three copies, three different labelers, copy numbers 0..2
        List<Map<String, Object>> perSample = jdbc.queryForList(
                "select sample_id, count(distinct worker_id) as labelers, array_agg(copy_no order by copy_no)::text as nos"
                        + " from task_sample where task_id = ? group by sample_id",
                taskId);
        assertThat(perSample).hasSize(20);
        assertThat(perSample).allSatisfy(row -> {
            assertThat(row.get("labelers")).isEqualTo(3L);
            assertThat(row.get("nos")).isEqualTo("{0,1,2}");
        });
        assertThat(perSample.stream().map(r -> r.get("sample_id"))).containsExactlyInAnyOrderElementsOf(samples);
        // 60 copies over 5 labelers: 12 each
        assertThat(jdbc.queryForList(
                        "select count(*) from task_sample where task_id = ? group by worker_id", Long.class, taskId))
                .containsExactly(12L, 12L, 12L, 12L, 12L);
        // the counters say the same
        assertThat(stats(taskId))
                .containsEntry("total", 60)
                .containsEntry("un_annotation", 60)
                .containsEntry("unreviewed", 0);
    }

    @Test
    void unevenLoadsDifferByAtMostOne() {
        addSamples(datasetId, "img-", 7);
        String team = teamWithLabelers("three", "t", 3);
        String taskId =
                startedTask("rep2", 2, config(team, List.of("t0@example.com", "t1@example.com", "t2@example.com")));
        // 14 copies over 3 labelers: 5, 5, 4
        assertThat(jdbc.queryForList(
                        "select count(*) from task_sample where task_id = ? group by worker_id order by 1",
                        Long.class,
                        taskId))
                .containsExactly(4L, 5L, 5L);
    }

    @Test
    void sampleConditionsChooseTheSamples() {
        addSamples(datasetId, "cat-", 4);
        addSamples(datasetId, "dog-", 3);
        String team = teamWithLabelers("solo", "s", 1);
        Map<String, Object> body = task("cats-only");
        body.put("sample_conditions", "[{\"sample_name\":\"cat-\"}]");
        body.put("workforces_config", config(team, List.of("s0@example.com")));
        String taskId = createTask(body);
        assertThat(call(org.springframework.http.HttpMethod.POST, taskPath(taskId), writer))
                .hasStatus(200);
        awaitStatus(taskId, TaskStatus.RUNNING);
        assertThat(jdbc.queryForList(
                        "select s.name from task_sample t join sample s on s.project_id = t.project_id"
                                + " and s.dataset_id = t.dataset_id and s.id = t.sample_id where t.task_id = ?"
                                + " order by s.name",
                        String.class,
                        taskId))
                .containsExactly("cat-0", "cat-1", "cat-2", "cat-3");
    }

    @Test
    void anIncompletePublicationIsRepublishedAndDistributesExactlyOnce() {
        addSamples(datasetId, "img-", 10);
        String team = teamWithLabelers("pair", "p", 2);
        Map<String, Object> body = task("crashed");
        body.put("repetition", 2);
        body.put("workforces_config", config(team, List.of("p0@example.com", "p1@example.com")));
        String taskId = createTask(body);
        // as after a start whose process died before its listener ran: status 0, no copies, the publication open
        setStatus(taskId, TaskStatus.STARTING);
        TaskStarted event = new TaskStarted(project, datasetId, taskId);
        transaction.executeWithoutResult(s -> registry.store(
                event,
                Stream.of(PublicationTargetIdentifier.of(
                        "io.labelforce.labeling.DistributionListener.on(io.labelforce.task.TaskStarted)"))));
        assertThat(copyCount(taskId)).isZero();

        incomplete.resubmitIncompletePublications(p ->
                p.getEvent() instanceof TaskStarted started && started.taskId().equals(taskId));
        awaitStatus(taskId, TaskStatus.RUNNING);
        assertThat(copyCount(taskId)).isEqualTo(20);

        // handled again (a second replica, a late retry): the task is no longer starting, nothing changes
        listener.distribute(event);
        setStatus(taskId, TaskStatus.STARTING);
        listener.distribute(event);
        assertThat(copyCount(taskId)).isEqualTo(20);
        assertThat(stats(taskId)).containsEntry("total", 20);
        awaitStatus(taskId, TaskStatus.RUNNING);
        eventually()
                .untilAsserted(() -> assertThat(jdbc.queryForObject(
                                "select count(*) from event_publication where completion_date is null"
                                        + " and serialized_event like ?",
                                Long.class,
                                "%" + taskId + "%"))
                        .isZero());
    }

    @Test
    void samplesAddedLaterReachASynchronisedTaskAtTheNextRead() {
        addSamples(datasetId, "old-", 4);
        String team = teamWithLabelers("sync", "y", 2);
        Map<String, Object> body = task("synced");
        body.put("synchronize_data", true);
        body.put("workforces_config", config(team, List.of("y0@example.com", "y1@example.com")));
        String taskId = createTask(body);
        assertThat(call(org.springframework.http.HttpMethod.POST, taskPath(taskId), writer))
                .hasStatus(200);
        awaitStatus(taskId, TaskStatus.RUNNING);
        assertThat(copyCount(taskId)).isEqualTo(4);

        addSamples(datasetId, "new-", 3);
        assertThat(copies(taskId, memberKey("y0@example.com"), "?limit=100")
                                .get("sample_count")
                                .asInt()
                        + copies(taskId, memberKey("y1@example.com"), "?limit=100")
                                .get("sample_count")
                                .asInt())
                .isEqualTo(7);
        assertThat(copyCount(taskId)).isEqualTo(7);
        // a task without synchronize_data keeps what it got
        String still = startedTask("unsynced", 1, config(team, List.of("y0@example.com")));
        addSamples(datasetId, "later-", 2);
        assertThat(copies(still, writer, "").get("sample_count").asInt()).isEqualTo(7);
    }

    @Test
    void aDeletedSampleLeavesTheTaskAndItsCounters() {
        List<String> samples = addSamples(datasetId, "img-", 6);
        String team = teamWithLabelers("del", "d", 2);
        String taskId = startedTask("deleting", 2, config(team, List.of("d0@example.com", "d1@example.com")));
        assertThat(stats(taskId)).containsEntry("total", 12);
        assertThat(call(
                        org.springframework.http.HttpMethod.POST,
                        "/v2/" + project + "/datasets/" + datasetId + "/data-annotations/samples/delete",
                        writer,
                        Map.of("samples", samples.subList(0, 2))))
                .hasStatus(200);
        assertThat(copyCount(taskId)).isEqualTo(8);
        assertThat(stats(taskId)).containsEntry("total", 8).containsEntry("un_annotation", 8);
    }

    private long copyCount(String taskId) {
        Long n = jdbc.queryForObject("select count(*) from task_sample where task_id = ?", Long.class, taskId);
        return n == null ? 0 : n;
    }
}
