package io.labelforce.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.labelforce.ApiTest;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import tools.jackson.databind.JsonNode;

/**
 * A key revoked on one replica stops working on another within the key cache TTL: the other replica is a
 * second {@link ApiKeyService} on the same database, with its own cache.
 */
class RevocationAcrossReplicasTests extends ApiTest {

    @Autowired
    ApiKeyRepository repository;

    @Autowired
    Clock clock;

    @Test
    void anotherReplicaForgetsARevokedKeyWithinItsCacheTtl() {
        ApiKeyService otherReplica =
                new ApiKeyService(repository, clock, SecuritySettingsFixture.withKeyCacheTtl(Duration.ofMillis(500)));
        JsonNode key = body(call(
                HttpMethod.POST,
                "/admin/api-keys",
                ADMIN_TOKEN,
                Map.of("name", "replicated", "projects", List.of(newProject()), "permission", "read")));
        String token = key.get("token").asString();
        assertThat(otherReplica.authenticate(token)).isPresent();

        assertThat(call(HttpMethod.DELETE, "/admin/api-keys/" + key.get("id").asString(), ADMIN_TOKEN))
                .hasStatus(204);

        // still cached over there for a moment, gone once the TTL has passed
        await().atMost(Duration.ofSeconds(3))
                .until(() -> otherReplica.authenticate(token).isEmpty());
        assertThat(otherReplica.authenticate(token)).isEmpty();
    }
}
