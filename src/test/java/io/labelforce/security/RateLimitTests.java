package io.labelforce.security;

import static org.assertj.core.api.Assertions.assertThat;

import io.labelforce.ApiTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/**
 * Per-caller buckets and per-address buckets of failed authentications, in PostgreSQL (shared by every
 * replica): beyond them 429 {@code APIG.0308} with {@code Retry-After}; a storm of wrong tokens from one
 * address does not stop a valid caller.
 */
@TestPropertySource(
        properties = {
            "labelforce.rate-limits.enabled=true",
            "labelforce.rate-limits.per-caller.capacity=5",
            "labelforce.rate-limits.per-caller.period=1h",
            "labelforce.rate-limits.failed-authentications.capacity=3",
            "labelforce.rate-limits.failed-authentications.period=1h"
        })
class RateLimitTests extends ApiTest {

    @Autowired
    private JdbcClient jdbc;

    @Test
    void aCallerBeyondItsBucketGets429WithRetryAfter() {
        String project = newProject();
        String jobs = "/v1/" + project + "/annotation-jobs";
        String key = plainApiKey("read", project);
        for (int i = 0; i < 5; i++) {
            assertThat(call(HttpMethod.GET, jobs, key)).hasStatus(200);
        }
        MvcTestResult throttled = call(HttpMethod.GET, jobs, key);
        assertError(throttled, 429, "APIG.0308", "too many requests");
        assertThat(Long.parseLong(throttled.getResponse().getHeader("Retry-After")))
                .isPositive();
        // another caller has a bucket of its own
        assertThat(call(HttpMethod.GET, jobs, accessKey("read", project))).hasStatus(200);
        assertThat(call(HttpMethod.GET, jobs, oidcToken("read", project))).hasStatus(200);
    }

    @Test
    void failedAuthenticationsAreLimitedPerAddressWithoutStarvingValidCallers() {
        String project = newProject();
        String jobs = "/v1/" + project + "/annotation-jobs";
        String valid = plainApiKey("read", project);
        for (int i = 0; i < 3; i++) {
            assertError(from("10.9.9.9", jobs, "lf_wrong-" + i), 401, "ModelArts.4504", "unknown");
        }
        MvcTestResult throttled = from("10.9.9.9", jobs, "lf_wrong-4");
        assertError(throttled, 429, "APIG.0308", "failed authentications");
        assertThat(throttled.getResponse().getHeader("Retry-After")).isNotBlank();
        assertThat(from("10.9.9.9", jobs, valid)).hasStatus(200);
        assertError(from("10.8.8.8", jobs, "lf_wrong"), 401, "ModelArts.4504", "unknown");
        assertThat(jdbc.sql("select count(*) from rate_limit_bucket where id = 'failed-auth:10.9.9.9'")
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
    }

    private MvcTestResult from(String address, String uri, String token) {
        return mvc.get()
                .uri(uri)
                .header("X-Auth-Token", token)
                .with(request -> {
                    request.setRemoteAddr(address);
                    return request;
                })
                .exchange();
    }
}
