package io.labelforce.security;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.distributed.ExpirationAfterWriteStrategy;
import io.github.bucket4j.distributed.jdbc.PrimaryKeyMapper;
import io.github.bucket4j.distributed.proxy.ProxyManager;
import io.github.bucket4j.postgresql.Bucket4jPostgreSQL;
import java.time.Clock;
import java.time.Duration;
import javax.sql.DataSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The rate limits: Bucket4j token buckets in PostgreSQL ({@code rate_limit_bucket}, select-for-update per
 * bucket), so every replica draws from the same bucket of a caller.
 */
@Component
class RateLimits {

    /** Whether a request may go on; if not, how many seconds until it may. */
    record Verdict(boolean allowed, long retryAfterSeconds) {}

    private final ProxyManager<String> buckets;
    private final BucketConfiguration perCaller;
    private final BucketConfiguration failedAuthentications;
    private final JdbcClient jdbc;
    private final Clock clock;

    RateLimits(DataSource dataSource, RateLimitSettings settings, JdbcClient jdbc, Clock clock) {
        this.buckets = Bucket4jPostgreSQL.selectForUpdateBasedBuilder(dataSource)
                .primaryKeyMapper(PrimaryKeyMapper.STRING)
                .table("rate_limit_bucket")
                .expirationAfterWrite(
                        ExpirationAfterWriteStrategy.basedOnTimeForRefillingBucketUpToMax(Duration.ofMinutes(1)))
                .build();
        this.perCaller = configuration(settings.perCaller());
        this.failedAuthentications = configuration(settings.failedAuthentications());
        this.jdbc = jdbc;
        this.clock = clock;
    }

    Verdict callerRequest(Caller caller) {
        return consume(caller.bucketKey(), perCaller);
    }

    Verdict failedAuthentication(String clientAddress) {
        return consume("failed-auth:" + clientAddress, failedAuthentications);
    }

    @Scheduled(fixedDelayString = "${labelforce.rate-limits.cleanup-interval:1m}")
    void deleteExpired() {
        jdbc.sql("delete from rate_limit_bucket where expires_at < ?")
                .param(clock.millis())
                .update();
    }

    private Verdict consume(String key, BucketConfiguration configuration) {
        ConsumptionProbe probe =
                buckets.builder().build(key, () -> configuration).tryConsumeAndReturnRemaining(1);
        if (probe.isConsumed()) {
            return new Verdict(true, 0);
        }
        long seconds = Math.max(1, (probe.getNanosToWaitForRefill() + 999_999_999L) / 1_000_000_000L);
        return new Verdict(false, seconds);
    }

    private static BucketConfiguration configuration(RateLimitSettings.Limit limit) {
        return BucketConfiguration.builder()
                .addLimit(Bandwidth.builder()
                        .capacity(limit.capacity())
                        .refillGreedy(limit.capacity(), limit.period())
                        .build())
                .build();
    }
}
