package io.labelforce.common;

import java.sql.Connection;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javax.sql.DataSource;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * The {@code db} component of {@code /actuator/health}, in place of Boot's, which waits as long as the pool and
 * the driver do (an unanswered validation has no timeout at all). This one answers within {@code
 * labelforce.health.db-timeout}: DOWN when the check has not finished by then. One check runs at a time; a
 * check that hangs on a dead connection is waited for again rather than joined by more threads. Liveness and
 * readiness never include it (decision D5).
 */
@Component("dbHealthContributor")
class DatabaseHealthIndicator implements HealthIndicator, DisposableBean {

    private final DataSource dataSource;
    private final Duration timeout;
    private final ExecutorService executor = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "db-health");
        thread.setDaemon(true);
        return thread;
    });
    private volatile CompletableFuture<Boolean> check = CompletableFuture.completedFuture(true);

    DatabaseHealthIndicator(DataSource dataSource, @Value("${labelforce.health.db-timeout:1s}") Duration timeout) {
        this.dataSource = dataSource;
        this.timeout = timeout;
    }

    @Override
    public Health health() {
        CompletableFuture<Boolean> current;
        synchronized (this) {
            if (check.isDone()) {
                check = CompletableFuture.supplyAsync(this::valid, executor);
            }
            current = check;
        }
        try {
            return current.get(timeout.toMillis(), TimeUnit.MILLISECONDS)
                    ? Health.up().build()
                    : Health.down().build();
        } catch (TimeoutException e) {
            return Health.down()
                    .withDetail("error", "no answer within " + timeout)
                    .build();
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            return (cause != null ? Health.down(cause) : Health.down()).build();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Health.down().build();
        }
    }

    private boolean valid() {
        try (Connection connection = dataSource.getConnection()) {
            return connection.isValid((int) Math.max(1, timeout.toSeconds()));
        } catch (java.sql.SQLException e) {
            throw new java.util.concurrent.CompletionException(e);
        }
    }

    @Override
    public void destroy() {
        executor.shutdownNow();
    }
}
