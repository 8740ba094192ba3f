package io.labelforce.sample;

import static org.assertj.core.api.Assertions.assertThat;

import io.labelforce.MutableClock;
import java.time.Duration;
import java.time.Instant;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.jdbc.core.JdbcTemplate;

/** A running import holds its task by a lease: never run twice while its runner lives, taken over after a crash. */
class ImportLeaseTests extends SampleTestSupport {

    @Autowired
    ImportRunner runner;

    @Autowired
    ImportRetries retries;

    @Autowired
    ImportTaskStore tasks;

    @Autowired
    SampleSettings settings;

    @Autowired
    MutableClock clock;

    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    private String queuedImport(int objects) {
        return queuedImport(tasks, project + "/lease/", objects, clock.instant());
    }

    private ImportTaskStore.Task task(String id) {
        return tasks.find(project, datasetId, id).orElseThrow();
    }

    private int sampleCount() {
        return body(call(HttpMethod.GET, samples + "?limit=1", token))
                .get("sample_count")
                .asInt();
    }

    @Test
    void aTaskThatALiveRunHoldsIsNotRunAgainButIsTakenOverOnceThatRunDied() {
        String id = queuedImport(120);
        Instant now = clock.instant();
        assertThat(tasks.claim(project, datasetId, id, "replica-a", now, now.plus(settings.importLease())))
                .isTrue();

        // a resubmitted publication or another replica's retry job, while replica-a runs (its lease is alive)
        runner.execute(project, datasetId, id);
        assertThat(retries.resumeAbandoned())
                .extracting(ImportTaskStore.TaskKey::id)
                .doesNotContain(id);
        assertThat(task(id).status()).isEqualTo("QUEUING");
        assertThat(task(id).totalFileCount()).isZero();
        assertThat(tasks.leaseOwner(project, datasetId, id)).contains("replica-a");
        assertThat(sampleCount()).isZero();

        // replica-a dies: its lease runs out without renewal, and the retry job hands the task to a runner
        clock.advance(settings.importLease().plusSeconds(1));
        assertThat(retries.resumeAbandoned())
                .extracting(ImportTaskStore.TaskKey::id)
                .contains(id);
        Awaitility.await()
                .atMost(Duration.ofSeconds(60))
                .until(() -> task(id).status().equals("COMPLETED"));
        assertThat(task(id).totalFileCount()).isEqualTo(120);
        assertThat(task(id).importedSampleCount()).isEqualTo(120);
        assertThat(tasks.leaseOwner(project, datasetId, id)).isEmpty();
        assertThat(sampleCount()).isEqualTo(120);
        assertThat(counts()).containsExactly(120, 0, 0, 0);

        // finished: nobody takes it again
        clock.advance(settings.importLease().plusSeconds(1));
        assertThat(tasks.claim(project, datasetId, id, "late", clock.instant(), clock.instant()))
                .isFalse();
        assertThat(retries.resumeAbandoned())
                .extracting(ImportTaskStore.TaskKey::id)
                .doesNotContain(id);
    }

    @Test
    void aCrashedRunIsResumedAfterItsLastCommittedPage() {
        String id = queuedImport(100);
        // a run committed the first page (50 objects: the cursor and its counts), then its process died
        jdbc.update(
                "update sample_import_task set status = 'RUNNING', last_key = ?, total_file_count = 50,"
                        + " lease_owner = 'dead', lease_until = ? where project_id = ? and id = ?",
                project + "/lease/img00049.jpg",
                java.sql.Timestamp.from(clock.instant().minusSeconds(1)),
                project,
                id);
        assertThat(retries.resumeAbandoned())
                .extracting(ImportTaskStore.TaskKey::id)
                .contains(id);
        Awaitility.await()
                .atMost(Duration.ofSeconds(60))
                .until(() -> task(id).status().equals("COMPLETED"));
        assertThat(task(id).totalFileCount()).isEqualTo(100);
        assertThat(task(id).importedSampleCount()).isEqualTo(50);
        // only the objects after the cursor became samples here (the first page's rows were not in this test)
        assertThat(sampleCount()).isEqualTo(50);
    }

    @Test
    void aRunThatLostItsLeaseCanNeitherRecordAPageNorFinish() {
        String id = queuedImport(1);
        Instant start = clock.instant();
        Instant until = start.plus(settings.importLease());
        assertThat(tasks.claim(project, datasetId, id, "stalled", start, until)).isTrue();
        assertThat(tasks.claim(project, datasetId, id, "second", start, until)).isFalse();
        // the stalled run outlives its lease; a second run takes the task
        Instant later = until.plusSeconds(1);
        assertThat(tasks.claim(project, datasetId, id, "second", later, later.plus(settings.importLease())))
                .isTrue();
        ImportTaskStore.Task task = task(id);
        assertThat(tasks.progress(task, "stalled", "k", 1, 1, 1, later, later.plusSeconds(60)))
                .isFalse();
        assertThat(tasks.finish(task, "stalled", "COMPLETED", null, null, later))
                .isFalse();
        assertThat(tasks.progress(task, "second", "k", 1, 1, 1, later, later.plusSeconds(60)))
                .isTrue();
        assertThat(task(id).totalFileCount()).isEqualTo(1);
        assertThat(tasks.finish(task, "second", "COMPLETED", null, null, later)).isTrue();
        assertThat(task(id).status()).isEqualTo("COMPLETED");
    }
}
