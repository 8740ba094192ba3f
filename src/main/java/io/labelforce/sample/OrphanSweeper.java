package io.labelforce.sample;

import io.labelforce.storage.ObjectStorage;
import io.labelforce.storage.StorageException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Deletes objects that were written for sample rows never committed (the process died between the object's PUT and
 * the rows' commit): their {@code pending_object} records outlive {@code labelforce.samples.orphan-grace-period}.
 * Works in batches of {@value #BATCH}, each in one transaction that locks its records with {@code for update skip
 * locked}, so several replicas sweep side by side without sharing a record, and a record is removed only together
 * with its object (objects whose delete fails get a new grace period and are tried again later). An object that a sample of
 * the dataset references by then (an import took the file in) is kept.
 */
@Component
class OrphanSweeper {

    static final int BATCH = 100;
    static final int MAX_BATCHES_PER_RUN = 50;

    private static final Logger log = LoggerFactory.getLogger(OrphanSweeper.class);

    private final PendingObjectStore pending;
    private final ObjectStorage storage;
    private final SampleSettings settings;
    private final TransactionTemplate transaction;
    private final Clock clock;

    OrphanSweeper(
            PendingObjectStore pending,
            ObjectStorage storage,
            SampleSettings settings,
            TransactionTemplate transaction,
            Clock clock) {
        this.pending = pending;
        this.storage = storage;
        this.settings = settings;
        this.transaction = transaction;
        this.clock = clock;
    }

    @Scheduled(
            fixedDelayString = "${labelforce.samples.orphan-sweep-interval:5m}",
            initialDelayString = "${labelforce.samples.orphan-sweep-interval:5m}")
    void scheduled() {
        if (storage.configured()) {
            sweep();
        }
    }

    /** Sweeps up to {@value #MAX_BATCHES_PER_RUN} batches; returns how many orphaned objects were deleted. */
    int sweep() {
        int deleted = 0;
        for (int i = 0; i < MAX_BATCHES_PER_RUN; i++) {
            int[] batch = Objects.requireNonNull(transaction.execute(status -> sweepBatch()));
            deleted += batch[1];
            if (batch[0] < BATCH) {
                break;
            }
        }
        if (deleted > 0) {
            log.info("Deleted {} objects of sample rows that were never committed", deleted);
        }
        return deleted;
    }

    /**
     * One batch, one transaction: {records taken, objects deleted}. Objects of a bucket whose delete fails keep their
     * records with a new grace period (tried again later, without blocking the records behind them).
     */
    private int[] sweepBatch() {
        List<PendingObjectStore.Pending> stale =
                pending.lockStale(clock.instant().minus(settings.orphanGracePeriod()), BATCH);
        List<PendingObjectStore.Pending> kept = new ArrayList<>();
        int deleted = 0;
        var orphansByBucket = stale.stream()
                .filter(p -> !p.referenced())
                .collect(Collectors.groupingBy(p -> p.object().bucket()));
        for (var bucket : orphansByBucket.entrySet()) {
            try {
                storage.delete(
                        bucket.getKey(),
                        bucket.getValue().stream().map(p -> p.object().key()).toList());
                deleted += bucket.getValue().size();
            } catch (StorageException e) {
                log.warn(
                        "{} orphaned objects in {} were not deleted, tried again later: {}",
                        bucket.getValue().size(),
                        bucket.getKey(),
                        e.getMessage());
                kept.addAll(bucket.getValue());
            }
        }
        pending.delete(stale.stream().filter(p -> !kept.contains(p)).toList());
        pending.postpone(kept, clock.instant());
        return new int[] {stale.size(), deleted};
    }
}
