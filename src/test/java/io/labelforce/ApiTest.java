package io.labelforce;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
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
            "labelforce.mail.retry.max-delay=1s",
            // seals access-key secrets (32 bytes of base64, as the chart's Secret holds it)
            "labelforce.security.key-encryption-key=" + ApiTest.KEY_ENCRYPTION_KEY,
            // every MockMvc request comes from 127.0.0.1 and many tests send bad tokens on purpose, and the
            // statement-count tests count what the endpoints send: RateLimitTests switches the limits on in a
            // context of its own
            "labelforce.rate-limits.enabled=false",
            "labelforce.rate-limits.per-caller.capacity=1000000",
            "labelforce.rate-limits.failed-authentications.capacity=1000000"
        })
@AutoConfigureMockMvc
@Import({TestDatabaseConfiguration.class, TestStorageConfiguration.class})
public abstract class ApiTest {

    public static final String ADMIN_TOKEN = "test-admin-token";
    public static final String KEY_ENCRYPTION_KEY = "MDEyMzQ1Njc4OWFiY2RlZjAxMjM0NTY3ODlhYmNkZWY=";

    /**
     * The kinds of credential {@link #apiKey} can issue. Each becomes the same {@code Caller}, so the isolation
     * and permission tests run for each ({@code @ParameterizedClass}).
     */
    public enum CredentialKind {
        /** {@code X-Auth-Token} with an API key. */
        API_KEY,
        /** An access key's request signed by the vendor's SDK-HMAC-SHA256 signer. */
        ACCESS_KEY,
        /** {@code Authorization: Bearer} with a token of the test run's OIDC issuer ({@link TestOidc}). */
        OIDC
    }

    /** Which kind {@link #apiKey} issues; parameterised tests set it. */
    protected CredentialKind credentialKind = CredentialKind.API_KEY;

    private static final String ACCESS_KEY_HANDLE = "aksk:";

    @Autowired
    protected MockMvcTester mvc;

    /** Mail goes to the run's GreenMail server ({@link TestMail}). */
    @DynamicPropertySource
    static void mailServer(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", TestMail::port);
    }

    /** OIDC bearer tokens come from the run's in-JVM issuer ({@link TestOidc}), through its discovery. */
    @DynamicPropertySource
    static void oidcIssuer(DynamicPropertyRegistry registry) {
        registry.add("spring.security.oauth2.resourceserver.jwt.issuer-uri", TestOidc::issuerUri);
        registry.add("spring.security.oauth2.resourceserver.jwt.audiences", () -> TestOidc.AUDIENCE);
    }

    @Autowired
    protected JsonMapper json;

    /**
     * Issues a credential of {@link #credentialKind} and returns what {@link #call} needs to present it: an API
     * key's token, or a handle of an access key's pair (whose requests {@link #call} signs).
     */
    protected String apiKey(String permission, String... projects) {
        return credential(credentialKind, permission, projects);
    }

    protected String credential(CredentialKind kind, String permission, String... projects) {
        return switch (kind) {
            case API_KEY -> plainApiKey(permission, projects);
            case ACCESS_KEY -> accessKey(permission, projects);
            case OIDC -> oidcToken(permission, projects);
        };
    }

    /** A token of the test issuer with the default claims: {@code projects}, {@code permission}. */
    protected String oidcToken(String permission, String... projects) {
        return TestOidc.token(
                "user-" + System.nanoTime(), Map.of("projects", List.of(projects), "permission", permission));
    }

    /** Creates an access key through the admin API; {@link #call} signs the requests of the handle. */
    protected String accessKey(String permission, String... projects) {
        MvcTestResult result = call(
                HttpMethod.POST,
                "/admin/access-keys",
                ADMIN_TOKEN,
                Map.of("name", "ak-" + System.nanoTime(), "projects", List.of(projects), "permission", permission));
        assertThat(result).hasStatus(201);
        JsonNode created = body(result);
        return ACCESS_KEY_HANDLE + created.get("access_key").asString() + ":"
                + created.get("secret_key").asString();
    }

    /** Creates an API key through the admin API and returns its secret. */
    protected String plainApiKey(String permission, String... projects) {
        MvcTestResult result = call(
                HttpMethod.POST,
                "/admin/api-keys",
                ADMIN_TOKEN,
                Map.of("name", "k-" + System.nanoTime(), "projects", List.of(projects), "permission", permission));
        assertThat(result).hasStatus(201);
        return body(result).get("token").asString();
    }

    protected MvcTestResult call(HttpMethod method, String uri, String token) {
        return authenticated(mvc.method(method).uri(uri), method, uri, token, null)
                .exchange();
    }

    protected MvcTestResult call(HttpMethod method, String uri, String token, Object body) {
        String content = body instanceof String raw ? raw : json.writeValueAsString(body);
        return authenticated(
                        mvc.method(method)
                                .uri(uri)
                                .contentType(MediaType.APPLICATION_JSON)
                                .content(content),
                        method,
                        uri,
                        token,
                        content)
                .exchange();
    }

    /** Presents {@code token} as its kind: an access-key handle signs the request, anything else is a token. */
    private static MockMvcTester.MockMvcRequestBuilder authenticated(
            MockMvcTester.MockMvcRequestBuilder request,
            HttpMethod method,
            String uri,
            String token,
            @Nullable String content) {
        if (token.startsWith(ACCESS_KEY_HANDLE)) {
            String[] pair = token.substring(ACCESS_KEY_HANDLE.length()).split(":", 2);
            // a unique, signed X-Request-Id: identical requests within one second are not replays of each other
            Map<String, String> unique =
                    Map.of("X-Request-Id", java.util.UUID.randomUUID().toString());
            VendorSigner.sign(method.name(), uri, content, pair[0], pair[1], null, unique)
                    .forEach(request::header);
            return request;
        }
        if (token.startsWith("eyJ")) {
            return request.header("Authorization", "Bearer " + token);
        }
        return request.header("X-Auth-Token", token);
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
