package io.labelforce.security;

import static org.assertj.core.api.Assertions.assertThat;

import io.labelforce.ApiTest;
import io.labelforce.MutableClock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import tools.jackson.databind.JsonNode;

class ApiKeyAdminTests extends ApiTest {

    @Autowired
    MutableClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void onlyTheAdminTokenManagesKeys() {
        String project = newProject();
        String key = apiKey("admin", "*");
        assertError(mvc.get().uri("/admin/api-keys").exchange(), 401, "ModelArts.4504", "token");
        assertError(call(HttpMethod.GET, "/admin/api-keys", key), 403, "ModelArts.0108", "");
        assertError(
                call(
                        HttpMethod.POST,
                        "/admin/api-keys",
                        key,
                        Map.of("name", "x", "projects", List.of(project), "permission", "write")),
                403,
                "ModelArts.0108",
                "");
    }

    @Test
    void createShowsTheSecretOnceAndListNeverDoes() {
        String project = newProject();
        MvcTestResult created = call(
                HttpMethod.POST,
                "/admin/api-keys",
                ADMIN_TOKEN,
                Map.of(
                        "name",
                        "ci-bot",
                        "projects",
                        List.of(project),
                        "permission",
                        "read",
                        "worker_email",
                        "bot@example.com"));
        assertThat(created).hasStatus(201);
        JsonNode key = body(created);
        String token = key.get("token").asString();
        assertThat(token).startsWith("lf_").hasSizeGreaterThan(40);
        assertThat(key.get("permission").asString()).isEqualTo("read");
        assertThat(key.get("projects").get(0).asString()).isEqualTo(project);
        assertThat(key.get("worker_email").asString()).isEqualTo("bot@example.com");

        JsonNode list = body(call(HttpMethod.GET, "/admin/api-keys?limit=100", ADMIN_TOKEN));
        assertThat(list.get("total_number").asInt()).isPositive();
        assertThat(list.toString()).doesNotContain(token).doesNotContain("token_hash");
        assertThat(list.get("api_keys").valueStream().map(k -> k.get("id").asString()))
                .contains(key.get("id").asString());
    }

    @Test
    void aRevokedKeyIsRefusedAtOnce() {
        String project = newProject();
        MvcTestResult created = call(
                HttpMethod.POST,
                "/admin/api-keys",
                ADMIN_TOKEN,
                Map.of("name", "temp", "projects", List.of(project), "permission", "write"));
        JsonNode key = body(created);
        String token = key.get("token").asString();
        String jobs = "/v1/" + project + "/annotation-jobs";
        assertThat(call(HttpMethod.GET, jobs, token)).hasStatus(200);

        assertThat(call(HttpMethod.DELETE, "/admin/api-keys/" + key.get("id").asString(), ADMIN_TOKEN))
                .hasStatus(204);

        assertError(call(HttpMethod.GET, jobs, token), 401, "ModelArts.4504", "revoked");
        assertError(
                call(HttpMethod.DELETE, "/admin/api-keys/" + key.get("id").asString(), ADMIN_TOKEN),
                404,
                "ModelArts.0015",
                "does not exist");
    }

    @Test
    void anExpiredKeyIsRefused() {
        String project = newProject();
        long soon = clock.instant().plus(Duration.ofHours(1)).toEpochMilli();
        String token = body(call(
                        HttpMethod.POST,
                        "/admin/api-keys",
                        ADMIN_TOKEN,
                        Map.of(
                                "name",
                                "short",
                                "projects",
                                List.of(project),
                                "permission",
                                "read",
                                "expires_at",
                                soon)))
                .get("token")
                .asString();
        String jobs = "/v1/" + project + "/annotation-jobs";
        assertThat(call(HttpMethod.GET, jobs, token)).hasStatus(200);
        clock.advance(Duration.ofMinutes(59));
        assertThat(call(HttpMethod.GET, jobs, token)).hasStatus(200);
        clock.advance(Duration.ofMinutes(1));
        assertError(call(HttpMethod.GET, jobs, token), 401, "ModelArts.4504", "expired");
    }

    @Test
    void keyRequestsAreValidated() {
        assertError(
                call(
                        HttpMethod.POST,
                        "/admin/api-keys",
                        ADMIN_TOKEN,
                        Map.of("name", "k", "projects", List.of(), "permission", "write")),
                400,
                "ModelArts.0104",
                "projects");
        assertError(
                call(
                        HttpMethod.POST,
                        "/admin/api-keys",
                        ADMIN_TOKEN,
                        Map.of("name", "k", "projects", List.of("a/b"), "permission", "write")),
                400,
                "ModelArts.0104",
                "projects");
        assertError(
                call(
                        HttpMethod.POST,
                        "/admin/api-keys",
                        ADMIN_TOKEN,
                        Map.of("name", "k", "projects", List.of("p"), "permission", "root")),
                400,
                "ModelArts.0104",
                "permission");
        assertError(
                call(
                        HttpMethod.POST,
                        "/admin/api-keys",
                        ADMIN_TOKEN,
                        Map.of("name", "k", "projects", List.of("p"), "permission", "read", "expires_at", 1000)),
                400,
                "ModelArts.0104",
                "expires_at");
        assertError(
                call(
                        HttpMethod.POST,
                        "/admin/api-keys",
                        ADMIN_TOKEN,
                        Map.of(
                                "name",
                                "k",
                                "projects",
                                List.of("p"),
                                "permission",
                                "read",
                                "worker_email",
                                "not-an-email")),
                400,
                "ModelArts.0104",
                "worker_email");
    }
}
