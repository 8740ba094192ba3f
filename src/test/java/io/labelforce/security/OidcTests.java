package io.labelforce.security;

import static org.assertj.core.api.Assertions.assertThat;

import io.labelforce.ApiTest;
import io.labelforce.TestOidc;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpMethod;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtDecoders;

/**
 * OIDC bearer tokens against a real issuer in the test JVM (mock-oauth2-server): found through discovery,
 * checked against its JWKS (also after a key rotation); expired, wrong-audience and wrong-issuer tokens get
 * 401; the claims decide project scope and permission like any other credential.
 */
class OidcTests extends ApiTest {

    private String project;
    private String jobs;
    private final Map<String, Object> job =
            Map.of("name", "oidc_job", "data_type", "OBS", "type", "Manual Object detection", "path", "bucket/dir/");

    @BeforeEach
    void aFreshProject() {
        project = ApiTest.newProject();
        jobs = "/v1/" + project + "/annotation-jobs";
    }

    @Test
    void aTokenOfTheIssuerFoundByDiscoveryIsAccepted() {
        String token = TestOidc.token("alice", Map.of("projects", List.of(project), "permission", "write"));
        assertThat(mvc.post()
                        .uri(jobs)
                        .header("Authorization", "Bearer " + token)
                        .contentType("application/json")
                        .content(json.writeValueAsString(job))
                        .exchange())
                .hasStatus2xxSuccessful();
        // also in X-Auth-Token, where ModelArts clients put their tokens
        assertThat(body(mvc.get().uri(jobs).header("X-Auth-Token", token).exchange())
                        .get("job_total_count")
                        .asInt())
                .isEqualTo(1);
    }

    @Test
    void claimsDecideScopeAndPermission() {
        String reader = TestOidc.token("bob", Map.of("projects", List.of(project), "permission", "read"));
        assertThat(call(HttpMethod.GET, jobs, reader)).hasStatus(200);
        assertError(call(HttpMethod.POST, jobs, reader, job), 403, "ModelArts.0108", "read");
        String noProjects = TestOidc.token("carol", Map.of("permission", "admin"));
        assertError(call(HttpMethod.GET, jobs, noProjects), 403, "ModelArts.0210", project);
        String noPermission = TestOidc.token("dave", Map.of("projects", List.of(project)));
        assertError(call(HttpMethod.POST, jobs, noPermission, job), 403, "ModelArts.0108", "read");
        String everywhere = TestOidc.token("erin", Map.of("projects", List.of("*"), "permission", "read"));
        assertThat(call(HttpMethod.GET, jobs, everywhere)).hasStatus(200);
    }

    @Test
    void theEmailClaimIsTheMemberIdentity() {
        String token = TestOidc.token(
                "frank", Map.of("projects", List.of(project), "permission", "read", "email", "frank@example.com"));
        assertThat(call(HttpMethod.GET, "/v2/" + project + "/workforces/worker-tasks", token))
                .hasStatus(200);
        String anonymous = TestOidc.token("gina", Map.of("projects", List.of(project), "permission", "read"));
        assertThat(call(HttpMethod.GET, "/v2/" + project + "/workforces/worker-tasks", anonymous))
                .hasStatus4xxClientError();
    }

    @Test
    void aMemberPermissionClaimReachesOnlyTheMemberRoutes() {
        String member = TestOidc.token(
                "hank", Map.of("projects", List.of(project), "permission", "member", "email", "hank@example.com"));
        assertThat(call(HttpMethod.GET, "/v2/" + project + "/workforces/worker-tasks", member))
                .hasStatus(200);
        assertError(call(HttpMethod.GET, "/v2/" + project + "/workforces", member), 403, "ModelArts.0108", "member");
        assertError(
                call(HttpMethod.GET, "/v1/" + project + "/annotation-jobs", member), 403, "ModelArts.0108", "member");
    }

    @Test
    void expiredWrongAudienceAndWrongIssuerTokensAre401() {
        Map<String, Object> claims = Map.of("projects", List.of(project), "permission", "write");
        java.time.Instant now = java.time.Instant.now();
        Map<String, Object> expiredClaims = new java.util.HashMap<>(claims);
        expiredClaims.put("iat", java.util.Date.from(now.minusSeconds(7200)));
        expiredClaims.put("nbf", java.util.Date.from(now.minusSeconds(7200)));
        expiredClaims.put("exp", java.util.Date.from(now.minusSeconds(3600)));
        String expired = TestOidc.token(TestOidc.ISSUER, "old", TestOidc.AUDIENCE, expiredClaims, 3600);
        assertError(call(HttpMethod.GET, jobs, expired), 401, "ModelArts.4504", "expired");
        String otherAudience = TestOidc.token(TestOidc.ISSUER, "aud", "someone-else", claims, 3600);
        assertError(call(HttpMethod.GET, jobs, otherAudience), 401, "ModelArts.4504", "aud");
        String otherIssuer = TestOidc.token("another-issuer", "iss", TestOidc.AUDIENCE, claims, 3600);
        assertError(call(HttpMethod.GET, jobs, otherIssuer), 401, "ModelArts.4504", "iss");
        String valid = TestOidc.token("ok", claims);
        String tampered =
                valid.substring(0, valid.lastIndexOf('.') + 1) + "AAAA" + valid.substring(valid.lastIndexOf('.') + 5);
        assertError(call(HttpMethod.GET, jobs, tampered), 401, "ModelArts.4504", "not valid");
    }

    @Test
    void afterTheIssuerRotatesItsKeyNewTokensAreAccepted() {
        Map<String, Object> claims = Map.of("projects", List.of(project), "permission", "read");
        assertThat(call(HttpMethod.GET, jobs, TestOidc.token("before", claims))).hasStatus(200);
        String oldKey = TestOidc.currentKeyId();
        TestOidc.rotateKey();
        assertThat(TestOidc.currentKeyId()).isNotEqualTo(oldKey);
        String signedWithNewKey = TestOidc.token("after", claims);
        assertThat(call(HttpMethod.GET, jobs, signedWithNewKey)).hasStatus(200);
    }

    @Test
    void claimNamesAreSettings() {
        JwtDecoder decoder = JwtDecoders.fromIssuerLocation(TestOidc.issuerUri());
        OidcCallers custom =
                new OidcCallers(decoder, new SecuritySettings.Oidc("lf_projects", "lf_role", "mail", "", true));
        String token = TestOidc.token(
                "henry",
                Map.of(
                        "lf_projects",
                        List.of(project),
                        "lf_role",
                        "write",
                        "mail",
                        "henry@example.com",
                        "projects",
                        List.of("other")));
        Caller caller = Objects.requireNonNull(custom.authenticate(token).caller(), "the token is accepted");
        assertThat(caller.projects()).containsExactly(project);
        assertThat(caller.permission()).isEqualTo(Permission.WRITE);
        assertThat(caller.workerEmail()).isEqualTo("henry@example.com");
        assertThat(caller.kind()).isEqualTo(Caller.Kind.OIDC);
        assertThat(caller.keyName()).isEqualTo("henry");
    }
}
