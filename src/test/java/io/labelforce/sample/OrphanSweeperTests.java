package io.labelforce.sample;

import static org.assertj.core.api.Assertions.assertThat;

import io.labelforce.MutableClock;
import io.labelforce.TestStorage;
import io.labelforce.storage.ObjectRef;
import io.labelforce.storage.ObjectStorage;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/** Objects written for sample rows that never committed are deleted by the sweeper; committed samples keep theirs. */
class OrphanSweeperTests extends SampleTestSupport {

    @Autowired
    OrphanSweeper sweeper;

    @Autowired
    PendingObjectStore pending;

    @Autowired
    SampleStore store;

    @Autowired
    ObjectStorage storage;

    @Autowired
    SampleSettings settings;

    @Autowired
    TransactionTemplate transaction;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    MutableClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    /** What an upload does up to its rows' commit, then the process "dies": the row transaction rolls back. */
    private ObjectRef crashedUpload(String name) {
        ObjectRef object = new ObjectRef(TestStorage.BUCKET, project + "/input/" + name);
        transaction.executeWithoutResult(
                status -> pending.register(project, datasetId, List.of(object), clock.instant()));
        storage.put(object, name.getBytes(StandardCharsets.UTF_8), "text/plain");
        Instant now = clock.instant();
        transaction.executeWithoutResult(status -> {
            store.insert(List.of(new SampleRow(
                    io.labelforce.common.Ids.hex32(),
                    project,
                    datasetId,
                    name,
                    0,
                    object.bucket(),
                    object.key(),
                    name.length(),
                    now,
                    now,
                    now,
                    SampleState.NONE,
                    List.of(),
                    Map.of(),
                    null,
                    null)));
            status.setRollbackOnly();
        });
        return object;
    }

    private int pendingRecords() {
        Integer n = jdbc.queryForObject(
                "select count(*) from pending_object where project_id = ? and dataset_id = ?",
                Integer.class,
                project,
                datasetId);
        return n == null ? 0 : n;
    }

    @Test
    void anObjectWhoseRowWasNeverCommittedIsDeletedAfterTheGracePeriodAndCommittedSamplesKeepTheirs() {
        List<String> kept = upload(List.of(file("kept.txt", "kept")));
        assertThat(pendingRecords())
                .as("a committed upload leaves no pending record")
                .isZero();
        ObjectRef orphan = crashedUpload("orphan.txt");
        // a file that was pending once but is a sample by now (an import took it in): never deleted
        ObjectRef adopted = new ObjectRef(TestStorage.BUCKET, project + "/input/kept.txt");
        transaction.executeWithoutResult(
                status -> pending.register(project, datasetId, List.of(adopted), clock.instant()));
        assertThat(exists(orphan.key())).isTrue();
        assertThat(pendingRecords()).isEqualTo(2);

        sweeper.sweep();
        assertThat(exists(orphan.key())).as("within the grace period").isTrue();

        clock.advance(settings.orphanGracePeriod().plus(Duration.ofMinutes(1)));
        sweeper.sweep();
        assertThat(exists(orphan.key())).isFalse();
        assertThat(exists(adopted.key())).isTrue();
        assertThat(new String(stored(adopted.key()), StandardCharsets.UTF_8)).isEqualTo("kept");
        assertThat(pendingRecords()).isZero();
        assertThat(counts()).containsExactly(1, 0, 0, 0);
        assertThat(call(HttpMethod.GET, samples + "/" + kept.get(0), token)).hasStatus(200);
    }

    @Test
    void sweepersOnSeveralReplicasSkipTheRecordsAnotherOneHolds() throws Exception {
        ObjectRef held = crashedUpload("held.txt");
        clock.advance(Duration.ofSeconds(1));
        ObjectRef free = crashedUpload("free.txt");
        clock.advance(settings.orphanGracePeriod().plus(Duration.ofMinutes(1)));
        CountDownLatch locked = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        // another replica's sweeper holds the oldest record (only that one) in its open transaction
        CompletableFuture<Void> other = CompletableFuture.runAsync(() -> transaction.executeWithoutResult(status -> {
            jdbc.queryForList(
                    "select 1 from pending_object where project_id = ? and object_key = ? for update",
                    project,
                    held.key());
            locked.countDown();
            try {
                release.await(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }));
        assertThat(locked.await(30, TimeUnit.SECONDS)).isTrue();
        try {
            sweeper.sweep(); // does not wait for the held record
            assertThat(exists(free.key())).isFalse();
            assertThat(exists(held.key())).isTrue();
            assertThat(pendingRecords()).isEqualTo(1);
        } finally {
            release.countDown();
            other.get(30, TimeUnit.SECONDS);
        }
        sweeper.sweep();
        assertThat(exists(held.key())).isFalse();
        assertThat(pendingRecords()).isZero();
    }

    @Test
    void anUploadWhoseRecordWasSweptDoesNotReferenceItsObject() {
        ObjectRef object = new ObjectRef(TestStorage.BUCKET, project + "/input/slow.txt");
        transaction.executeWithoutResult(
                status -> pending.register(project, datasetId, List.of(object), clock.instant()));
        clock.advance(settings.orphanGracePeriod().plus(Duration.ofMinutes(1)));
        sweeper.sweep();
        // the upload's commit finds its record gone, so it must not insert a row for the object
        var released = transaction.execute(status -> pending.release(project, datasetId, List.of(object)));
        assertThat(released).isEmpty();
    }
}
