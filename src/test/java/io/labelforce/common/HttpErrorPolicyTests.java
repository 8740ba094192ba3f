package io.labelforce.common;

import static org.assertj.core.api.Assertions.assertThat;

import io.labelforce.TestDatabaseConfiguration;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

/** What only a real HTTP server shows: chunked bodies over the limit, and errors outside Spring MVC. */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"labelforce.admin-token=http-admin", "labelforce.http.max-body-size=1KB"})
@Import(TestDatabaseConfiguration.class)
class HttpErrorPolicyTests {

    @LocalServerPort
    int port;

    private final HttpClient client = HttpClient.newHttpClient();

    @Test
    void aChunkedBodyOverTheLimitIs413() throws Exception {
        byte[] big = ("{\"name\":\"x\",\"projects\":[\"p\"],\"permission\":\"read\",\"pad\":\"" + "x".repeat(5000)
                        + "\"}")
                .getBytes(StandardCharsets.UTF_8);
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/admin/api-keys"))
                .header("X-Auth-Token", "http-admin")
                .header("Content-Type", "application/json")
                // an input-stream publisher has no known length, so the body goes chunked
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(big)))
                .build();
        HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(response.body()).contains("\"error_code\":\"Labelforce.0413\"");
        assertThat(response.headers().firstValue("X-Request-Id")).isPresent();
    }

    @Test
    void aDeclaredLengthOverTheLimitIs413() throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/admin/api-keys"))
                .header("X-Auth-Token", "http-admin")
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"pad\":\"" + "y".repeat(5000) + "\"}"))
                .build();
        HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(response.body()).contains("\"error_code\":\"Labelforce.0413\"");
    }

    @Test
    void aRequestTheContainerRejectsStillGetsTheErrorFormat() throws Exception {
        // an encoded slash is refused by Tomcat before Spring MVC sees the request
        HttpRequest request = HttpRequest.newBuilder(
                        URI.create("http://127.0.0.1:" + port + "/v1/a%2Fb/annotation-jobs"))
                .header("X-Auth-Token", "http-admin")
                .GET()
                .build();
        HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isBetween(400, 499);
        assertThat(response.body()).contains("\"error_code\"").doesNotContain("Exception");
    }
}
