package io.labelforce.security;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code labelforce.rate-limits.*}: token buckets shared by every replica (PostgreSQL).
 *
 * @param perCaller each authenticated credential (API key, access key, OIDC subject)
 * @param failedAuthentications per client address, requests whose credential was refused; beyond it they get
 *     429 instead of 401, so a storm of wrong tokens is cut short without touching valid callers' buckets
 */
@ConfigurationProperties("labelforce.rate-limits")
record RateLimitSettings(
        @DefaultValue("true") boolean enabled,
        @DefaultValue({"600", "1m"}) Limit perCaller,
        @DefaultValue({"30", "1m"}) Limit failedAuthentications) {

    /** {@code capacity} requests, refilled evenly over {@code period}. */
    record Limit(
            @DefaultValue("600") long capacity,
            @DefaultValue("1m") Duration period) {}
}
