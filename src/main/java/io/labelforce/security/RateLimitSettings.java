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
 *     (the defaults, 600 and 30 a minute, are in application.yaml: a {@code @DefaultValue} array does not bind
 *     to a nested record, and the bean was missing wherever no limit was set)
 */
@ConfigurationProperties("labelforce.rate-limits")
record RateLimitSettings(@DefaultValue("true") boolean enabled, Limit perCaller, Limit failedAuthentications) {

    /** {@code capacity} requests, refilled evenly over {@code period}. */
    record Limit(
            @DefaultValue("600") long capacity,
            @DefaultValue("1m") Duration period) {}
}
