package io.labelforce;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Base of the API tests: the whole application on the test run's real PostgreSQL ({@link TestDatabase}),
 * driven through MockMvc. All subclasses share one application context.
 */
@SpringBootTest(
        properties = {
            "labelforce.admin-token=" + ApiTest.ADMIN_TOKEN,
            "labelforce.http.max-body-size=64KB",
            // samples: small limits, so tests can exceed them cheaply
            "labelforce.samples.max-upload-body-size=256KB",
            "labelforce.samples.max-file-size=32KB",
            "labelforce.samples.max-batch-size=50",
            // mail: no invitation unless a test asks for one (members stay in status 0); quick retries
            "labelforce.mail.invite-on-create=false",
            "labelforce.mail.retry.check-interval=200ms",
            "labelforce.mail.retry.initial-delay=200ms",
            "labelforce.mail.retry.max-delay=1s"
        })
@AutoConfigureMockMvc
@Import({TestDatabaseConfiguration.class, TestStorageConfiguration.class})
public abstract class ApiTest {

    public static final String ADMIN_TOKEN = "test-admin-token";

    @Autowired
    protected MockMvcTester mvc;

    /** Mail goes to the run's GreenMail server ({@link TestMail}). */
    @DynamicPropertySource
    static void mailServer(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", TestMail::port);
    }

    @Autowired
    protected JsonMapper json;

    /** Creates an API key through the admin API and returns its secret. */
    protected String apiKey(String permission, String... projects) {
        MvcTestResult result = call(
                HttpMethod.POST,
                "/admin/api-keys",
                ADMIN_TOKEN,
                Map.of("name", "k-" + System.nanoTime(), "projects", List.of(projects), "permission", permission));
        assertThat(result).hasStatus(201);
        return body(result).get("token").asString();
    }

    protected MvcTestResult call(HttpMethod method, String uri, String token) {
        return mvc.method(method).uri(uri).header("X-Auth-Token", token).exchange();
    }

    protected MvcTestResult call(HttpMethod method, String uri, String token, Object body) {
        String content = body instanceof String raw ? raw : json.writeValueAsString(body);
        return mvc.method(method)
                .uri(uri)
                .header("X-Auth-Token", token)
                .contentType(MediaType.APPLICATION_JSON)
                .content(content)
                .exchange();
    }

    protected JsonNode body(MvcTestResult result) {
        try {
            return json.readTree(result.getResponse().getContentAsString());
        } catch (java.io.UnsupportedEncodingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Asserts the service's error format: status, {@code error_code}, and a message containing the words. */
    protected JsonNode assertError(MvcTestResult result, int status, String errorCode, String messagePart) {
        assertThat(result).hasStatus(status);
        JsonNode body = body(result);
        assertThat(body.path("error_code").asString()).isEqualTo(errorCode);
        assertThat(body.path("error_msg").asString()).contains(messagePart);
        assertThat(body.toString()).doesNotContain("Exception").doesNotContain("at io.labelforce");
        return body;
    }

    /** A project id nobody else uses, so tests never see each other's data. */
    protected static String newProject() {
        return java.util.UUID.randomUUID().toString().replace("-", "");
    }
}
