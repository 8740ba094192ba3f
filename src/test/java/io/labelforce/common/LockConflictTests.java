package io.labelforce.common;

import static org.assertj.core.api.Assertions.assertThat;

import io.labelforce.ApiTest;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A transaction PostgreSQL undoes to break a deadlock is a conflict to retry (409 {@code Labelforce.0409}), not an
 * internal error: provoked for real, two transactions taking two locks in opposite orders.
 */
class LockConflictTests extends ApiTest {

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TransactionTemplate transaction;

    @Autowired
    GlobalExceptionHandler handler;

    @Test
    void aDeadlockVictimGetsAConflictToRetry() throws Exception {
        CyclicBarrier bothHoldTheirFirstLock = new CyclicBarrier(2);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        List<Future<?>> runs = new ArrayList<>();
        for (long[] order : new long[][] {{71_001, 71_002}, {71_002, 71_001}}) {
            runs.add(pool.submit(() -> transaction.executeWithoutResult(s -> {
                jdbc.queryForList("select pg_advisory_xact_lock(?)", order[0]);
                await(bothHoldTheirFirstLock);
                jdbc.queryForList("select pg_advisory_xact_lock(?)", order[1]);
            })));
        }
        List<Throwable> failures = new ArrayList<>();
        for (Future<?> run : runs) {
            try {
                run.get(30, TimeUnit.SECONDS);
            } catch (java.util.concurrent.ExecutionException e) {
                failures.add(e.getCause());
            }
        }
        pool.shutdown();

        assertThat(failures).singleElement().isInstanceOf(PessimisticLockingFailureException.class);
        ResponseEntity<ProblemDetail> answer =
                handler.handleLockConflict((PessimisticLockingFailureException) failures.get(0));
        assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        ProblemDetail body = java.util.Objects.requireNonNull(answer.getBody());
        java.util.Map<String, Object> fields = java.util.Objects.requireNonNull(body.getProperties());
        assertThat(fields).containsEntry(Problems.ERROR_CODE, ErrorCodes.CONCURRENT_CHANGE);
        assertThat(String.valueOf(fields.get(Problems.ERROR_MSG))).contains("retry");
    }

    private static void await(CyclicBarrier barrier) {
        try {
            barrier.await(10, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
