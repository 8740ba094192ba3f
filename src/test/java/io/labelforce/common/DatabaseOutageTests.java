package io.labelforce.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The database stops under the running service and comes back. A PostgreSQL of this class's own (embedded,
 * with a data directory that survives the restart) in an application context of its own, over real HTTP so
 * that the security filter's key lookup and the error page are on the path as in production.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "labelforce.admin-token=" + DatabaseOutageTests.ADMIN,
            "labelforce.mail.invite-on-create=false",
            "spring.mail.port=1"
        })
@DirtiesContext
class DatabaseOutageTests {

    static final String ADMIN = "outage-admin-token";
    private static final String PROJECT = "0a7a9e0000000000000000000000000d";
    /** The pool waits 2 s for a connection (application.yaml); allow as much again for a busy machine. */
    private static final Duration FAST = Duration.ofSeconds(4);

    @SuppressWarnings("NullAway.Init") // set in @BeforeAll
    private static Path dataDirectory;

    private static int databasePort;

    @SuppressWarnings("NullAway.Init") // set in @BeforeAll
    private static EmbeddedPostgres postgres;

    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final JsonMapper json = JsonMapper.builder().build();

    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) throws IOException {
        dataDirectory = Files.createTempDirectory("labelforce-outage");
        postgres = start(0);
        databasePort = postgres.getPort();
        registry.add("spring.datasource.url", () -> postgres.getJdbcUrl("postgres", "postgres"));
        registry.add("spring.datasource.username", () -> "postgres");
        registry.add("spring.datasource.password", () -> "");
    }

    private static EmbeddedPostgres start(int port) throws IOException {
        EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                .setDataDirectory(dataDirectory)
                .setCleanDataDirectory(false)
                .setRegisterShutdownHook(false);
        return (port == 0 ? builder : builder.setPort(port)).start();
    }

    @AfterAll
    static void stopDatabase() throws IOException {
        postgres.close();
        org.springframework.util.FileSystemUtils.deleteRecursively(dataDirectory);
    }

    @Test
    void aLostDatabaseAnswers503FastAndTheServiceRecovers() throws Exception {
        String key = apiKey();
        String unusedKey = apiKey(); // never looked up yet: its first use needs the database in the filter
        assertThat(send("POST", "/v2/" + PROJECT + "/workforces", key, "{\"workforce_name\":\"before\"}")
                        .statusCode())
                .isEqualTo(201);

        postgres.close();

        // pooled connections the server just closed, then no connection at all: reads, writes, the key lookup
        assertUnavailable(send("GET", "/v2/" + PROJECT + "/workforces", key, null));
        assertUnavailable(send("POST", "/v2/" + PROJECT + "/workforces", key, "{\"workforce_name\":\"during\"}"));
        assertUnavailable(send("GET", "/v2/" + PROJECT + "/workforces", unusedKey, null));
        assertUnavailable(send("GET", "/v2/" + PROJECT + "/workforces/workers", key, null));

        HttpResponse<String> health = timed(() -> send("GET", "/actuator/health", null, null));
        assertThat(health.statusCode()).isEqualTo(503);
        assertThat(json.readTree(health.body()).path("status").asString()).isEqualTo("DOWN");
        assertThat(timed(() -> send("GET", "/actuator/health/liveness", null, null))
                        .statusCode())
                .isEqualTo(200);
        // D5: readiness does not include the database, so the Service keeps routing and clients get 503s
        assertThat(timed(() -> send("GET", "/actuator/health/readiness", null, null))
                        .statusCode())
                .isEqualTo(200);

        postgres = start(databasePort);

        await().atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofMillis(200))
                .until(() ->
                        send("GET", "/v2/" + PROJECT + "/workforces", key, null).statusCode() == 200);
        JsonNode teams = json.readTree(
                send("GET", "/v2/" + PROJECT + "/workforces", key, null).body());
        // what was written before the outage is there; nothing of the refused write is
        assertThat(teams.path("workforces").findValuesAsString("workforce_name"))
                .containsExactly("before");
        assertThat(send("POST", "/v2/" + PROJECT + "/workforces", key, "{\"workforce_name\":\"after\"}")
                        .statusCode())
                .isEqualTo(201);
        assertThat(send("GET", "/v2/" + PROJECT + "/workforces", unusedKey, null)
                        .statusCode())
                .isEqualTo(200);
        assertThat(send("GET", "/actuator/health", null, null).statusCode()).isEqualTo(200);
    }

    private void assertUnavailable(HttpResponse<String> response) throws Exception {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(503);
        assertThat(response.headers().firstValue("Retry-After")).hasValue("5");
        JsonNode body = json.readTree(response.body());
        assertThat(body.path("error_code").asString()).isEqualTo("Labelforce.0503");
        assertThat(body.path("error_msg").asString())
                .isEqualTo("The database is unavailable or overloaded; retry later");
        assertThat(response.body()).doesNotContain("Exception").doesNotContain("PSQL");
    }

    private HttpResponse<String> send(String method, String path, @Nullable String token, @Nullable String body)
            throws Exception {
        long started = System.nanoTime();
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .timeout(Duration.ofSeconds(30))
                .method(
                        method,
                        body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (token != null) {
            request.header("X-Auth-Token", token);
        }
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() == 503) {
            assertThat(Duration.ofNanos(System.nanoTime() - started))
                    .as("%s %s answered 503 only after waiting", method, path)
                    .isLessThan(FAST);
        }
        return response;
    }

    private HttpResponse<String> timed(java.util.concurrent.Callable<HttpResponse<String>> call) throws Exception {
        long started = System.nanoTime();
        HttpResponse<String> response = call.call();
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(FAST);
        return response;
    }

    private String apiKey() throws Exception {
        HttpResponse<String> response = send(
                "POST",
                "/admin/api-keys",
                ADMIN,
                "{\"name\":\"outage\",\"projects\":[\"" + PROJECT + "\"],\"permission\":\"write\"}");
        assertThat(response.statusCode()).isEqualTo(201);
        return json.readTree(response.body()).path("token").asString();
    }
}
