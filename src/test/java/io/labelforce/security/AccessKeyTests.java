package io.labelforce.security;

import static org.assertj.core.api.Assertions.assertThat;

import io.labelforce.ApiTest;
import io.labelforce.VendorSigner;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.UnaryOperator;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import tools.jackson.databind.JsonNode;

/**
 * AK/SK requests signed by the Huawei Cloud SDK's own signer pass; any change to what was signed, a stale
 * date or a replay is refused with 401.
 */
class AccessKeyTests extends ApiTest {

    private static final DateTimeFormatter SDK_DATE =
            DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);

    @Autowired
    private JdbcClient jdbc;

    private String project;
    private String accessKey;
    private String secretKey;
    private JsonNode created;
    private final Map<String, Object> job =
            Map.of("name", "signed_job", "data_type", "OBS", "type", "Manual Object detection", "path", "bucket/dir/");

    @BeforeEach
    void createAccessKey() {
        project = newProject();
        MvcTestResult result = call(
                HttpMethod.POST,
                "/admin/access-keys",
                ADMIN_TOKEN,
                Map.of("name", "sdk-client", "projects", List.of(project), "permission", "write"));
        assertThat(result).hasStatus(201);
        created = body(result);
        accessKey = created.get("access_key").asString();
        secretKey = created.get("secret_key").asString();
    }

    @Test
    void theSecretIsShownOnceAndStoredOnlyEncrypted() {
        assertThat(accessKey).startsWith("LF").hasSize(20);
        assertThat(secretKey).hasSize(40);
        JsonNode list = body(call(HttpMethod.GET, "/admin/access-keys?limit=100", ADMIN_TOKEN));
        assertThat(list.toString())
                .contains(accessKey)
                .doesNotContain(secretKey)
                .doesNotContain("ciphertext");
        byte[] stored = jdbc.sql("select secret_ciphertext from access_key where access_key = ?")
                .param(accessKey)
                .query(byte[].class)
                .single();
        assertThat(new String(stored, java.nio.charset.StandardCharsets.ISO_8859_1))
                .doesNotContain(secretKey);
        assertThat(stored.length).isEqualTo(12 + secretKey.length() + 16);
    }

    @Test
    void aRequestSignedByTheVendorSdkPasses() {
        String jobs = "/v1/" + project + "/annotation-jobs";
        assertThat(signed("POST", jobs, json.writeValueAsString(job), null, r -> r))
                .hasStatus2xxSuccessful();
        MvcTestResult list = signed("GET", jobs + "?offset=0&limit=5", null, null, r -> r);
        assertThat(list).hasStatus(200);
        assertThat(body(list).get("job_total_count").asInt()).isEqualTo(1);
    }

    @Test
    void anyChangeToWhatWasSignedIsRefused() {
        String jobs = "/v1/" + project + "/annotation-jobs";
        String body = json.writeValueAsString(job);
        String otherProject = "/v1/" + project + "x/annotation-jobs";
        // method
        assertRefused(signedAs("POST", jobs, body, "PUT", jobs, body, r -> r), "does not match");
        // path
        assertRefused(signedAs("GET", jobs, null, "GET", otherProject, null, r -> r), "does not match");
        // query
        assertRefused(
                signedAs("GET", jobs + "?limit=5", null, "GET", jobs + "?limit=6", null, r -> r), "does not match");
        assertRefused(signedAs("GET", jobs + "?limit=5", null, "GET", jobs, null, r -> r), "does not match");
        // body
        assertRefused(
                signedAs("POST", jobs, body, "POST", jobs, body.replace("signed_job", "forged_job"), r -> r),
                "does not match");
        // a signed header
        assertRefused(signed("GET", jobs, null, null, r -> with(r, "Host", "evil.example.com")), "does not match");
        assertRefused(
                signed(
                        "GET",
                        jobs,
                        null,
                        null,
                        r -> with(r, "X-Sdk-Date", SDK_DATE.format(Instant.now().minusSeconds(30)))),
                "does not match");
        // a wrong secret
        String forged = Objects.requireNonNull(
                VendorSigner.sign("GET", jobs, null, accessKey, "x" + secretKey.substring(1), null)
                        .get("Authorization"));
        assertRefused(signed("GET", jobs, null, null, r -> with(r, "Authorization", forged)), "does not match");
        assertThat(body(call(HttpMethod.GET, jobs, plainApiKey("read", project)))
                        .get("job_total_count")
                        .asInt())
                .isZero();
    }

    @Test
    void aDateMoreThanFifteenMinutesOffIsRefused() {
        String jobs = "/v1/" + project + "/annotation-jobs";
        assertRefused(
                signed("GET", jobs, null, SDK_DATE.format(Instant.now().minusSeconds(16 * 60)), r -> r), "15 minutes");
        assertRefused(
                signed("GET", jobs, null, SDK_DATE.format(Instant.now().plusSeconds(16 * 60)), r -> r), "15 minutes");
        assertThat(signed("GET", jobs, null, SDK_DATE.format(Instant.now().minusSeconds(14 * 60)), r -> r))
                .hasStatus(200);
        assertRefused(signed("GET", jobs, null, "yesterday", r -> r), "X-Sdk-Date");
    }

    @Test
    void aReplayedSignatureIsRefused() {
        String jobs = "/v1/" + project + "/annotation-jobs";
        Map<String, String> headers = VendorSigner.sign("GET", jobs, null, accessKey, secretKey, null);
        MockMvcTester.MockMvcRequestBuilder first = mvc.get().uri(jobs);
        headers.forEach(first::header);
        assertThat(first.exchange()).hasStatus(200);
        MockMvcTester.MockMvcRequestBuilder again = mvc.get().uri(jobs);
        headers.forEach(again::header);
        assertRefused(again.exchange(), "used before");
        assertThat(jdbc.sql("select count(*) from signature_seen where signature = ?")
                        .param(Objects.requireNonNull(headers.get("Authorization"))
                                .replaceAll(".*Signature=", ""))
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
    }

    @Test
    void identicalRequestsWithAUniqueSignedHeaderAreNotReplays() {
        String jobs = "/v1/" + project + "/annotation-jobs";
        for (int i = 0; i < 3; i++) {
            Map<String, String> headers = VendorSigner.sign(
                    "GET", jobs, null, accessKey, secretKey, null, Map.of("X-Request-Id", "req-" + i));
            assertThat(headers.get("Authorization")).contains("x-request-id");
            MockMvcTester.MockMvcRequestBuilder request = mvc.get().uri(jobs);
            headers.forEach(request::header);
            MvcTestResult result = request.exchange();
            assertThat(result).as(body(result).toString()).hasStatus(200);
        }
    }

    @Test
    void aRevokedAccessKeyIsRefusedAndAnUnknownOneToo() {
        String jobs = "/v1/" + project + "/annotation-jobs";
        assertThat(signed("GET", jobs, null, null, r -> r)).hasStatus(200);
        assertThat(call(
                        HttpMethod.DELETE,
                        "/admin/access-keys/" + created.get("id").asString(),
                        ADMIN_TOKEN))
                .hasStatus(204);
        assertRefused(signed("GET", jobs, null, null, r -> r), "revoked");
        assertThat(body(call(HttpMethod.GET, "/admin/access-keys?limit=100", ADMIN_TOKEN))
                        .toString())
                .doesNotContain(accessKey);
        Map<String, String> unknown = VendorSigner.sign("GET", jobs, null, "LFUNKNOWN", secretKey, null);
        MockMvcTester.MockMvcRequestBuilder request = mvc.get().uri(jobs);
        unknown.forEach(request::header);
        assertRefused(request.exchange(), "unknown");
    }

    @Test
    void malformedSignaturesAreRefused() {
        String jobs = "/v1/" + project + "/annotation-jobs";
        assertRefused(
                mvc.get()
                        .uri(jobs)
                        .header("Authorization", "SDK-HMAC-SHA256 Access=" + accessKey)
                        .exchange(),
                "well-formed");
        String unsignedDate = Objects.requireNonNull(VendorSigner.sign("GET", jobs, null, accessKey, secretKey, null)
                        .get("Authorization"))
                .replace("SignedHeaders=host;x-sdk-date", "SignedHeaders=host");
        assertRefused(signed("GET", jobs, null, null, r -> with(r, "Authorization", unsignedDate)), "X-Sdk-Date");
    }

    @Test
    void onlyTheAdministratorManagesAccessKeys() {
        String key = plainApiKey("admin", "*");
        assertError(call(HttpMethod.GET, "/admin/access-keys", key), 403, "ModelArts.0108", "");
        assertError(
                call(
                        HttpMethod.POST,
                        "/admin/access-keys",
                        key,
                        Map.of("name", "x", "projects", List.of(project), "permission", "write")),
                403,
                "ModelArts.0108",
                "");
        assertError(
                call(
                        HttpMethod.POST,
                        "/admin/access-keys",
                        ADMIN_TOKEN,
                        Map.of("name", "x", "projects", List.of(), "permission", "write")),
                400,
                "ModelArts.0104",
                "projects");
    }

    private static Map<String, String> with(Map<String, String> headers, String name, String value) {
        headers.put(name, value);
        return headers;
    }

    private void assertRefused(MvcTestResult result, String why) {
        assertError(result, 401, "ModelArts.4504", why);
    }

    private MvcTestResult signed(
            String method,
            String uri,
            @Nullable String body,
            @Nullable String sdkDate,
            UnaryOperator<Map<String, String>> tamper) {
        Map<String, String> headers = VendorSigner.sign(method, uri, body, accessKey, secretKey, sdkDate);
        return send(method, uri, body, headers, tamper);
    }

    /** Signs one request and sends another. */
    private MvcTestResult signedAs(
            String signedMethod,
            String signedUri,
            @Nullable String signedBody,
            String method,
            String uri,
            @Nullable String body,
            UnaryOperator<Map<String, String>> tamper) {
        Map<String, String> headers =
                VendorSigner.sign(signedMethod, signedUri, signedBody, accessKey, secretKey, null);
        return send(method, uri, body, headers, tamper);
    }

    private MvcTestResult send(
            String method,
            String uri,
            @Nullable String body,
            Map<String, String> headers,
            UnaryOperator<Map<String, String>> tamper) {
        MockMvcTester.MockMvcRequestBuilder request =
                mvc.method(HttpMethod.valueOf(method)).uri(uri);
        if (body != null) {
            request.contentType(MediaType.APPLICATION_JSON).content(body);
        }
        tamper.apply(new java.util.LinkedHashMap<>(headers)).forEach(request::header);
        return request.exchange();
    }
}
