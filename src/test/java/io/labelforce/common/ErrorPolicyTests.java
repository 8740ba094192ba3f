package io.labelforce.common;

import static org.assertj.core.api.Assertions.assertThat;

import io.labelforce.ApiTest;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/** Framework failures come out in the same format as domain ones, with a request id. */
class ErrorPolicyTests extends ApiTest {

    @Test
    void everyResponseCarriesARequestIdAndErrorsRepeatIt() {
        MvcTestResult result = mvc.get().uri("/v1/p/annotation-jobs").exchange();
        String requestId = result.getResponse().getHeader("X-Request-Id");
        assertThat(requestId).isNotBlank();
        assertThat(body(result).get("request_id").asString()).isEqualTo(requestId);

        MvcTestResult echoed = mvc.get()
                .uri("/actuator/health")
                .header("X-Request-Id", "abc-123")
                .exchange();
        assertThat(echoed.getResponse().getHeader("X-Request-Id")).isEqualTo("abc-123");
        MvcTestResult replaced = mvc.get()
                .uri("/actuator/health")
                .header("X-Request-Id", "bad id\n")
                .exchange();
        assertThat(replaced.getResponse().getHeader("X-Request-Id"))
                .isNotEqualTo("bad id\n")
                .isNotBlank();
    }

    @Test
    void unknownPathIs404() {
        String project = newProject();
        assertError(
                call(HttpMethod.GET, "/v1/" + project + "/nothing-here", apiKey("read", project)),
                404,
                "ModelArts.0015",
                "");
        assertError(mvc.get().uri("/nothing-here").exchange(), 404, "ModelArts.0015", "");
    }

    @Test
    void wrongMethodIs405() {
        String project = newProject();
        assertError(
                call(HttpMethod.PATCH, "/v1/" + project + "/annotation-jobs", apiKey("write", project), "{}"),
                405,
                "Labelforce.0405",
                "");
    }

    @Test
    void unsupportedMediaTypeIs415() {
        String project = newProject();
        MvcTestResult result = mvc.post()
                .uri("/v1/" + project + "/annotation-jobs")
                .header("X-Auth-Token", apiKey("write", project))
                .contentType(MediaType.TEXT_PLAIN)
                .content("name=x")
                .exchange();
        assertError(result, 415, "Labelforce.0415", "");
    }

    @Test
    void oversizedBodyIs413AndWritesNothing() {
        String project = newProject();
        String token = apiKey("write", project);
        String huge = "{\"name\":\"big\",\"data_type\":\"OBS\",\"type\":\"Manual Image classify\",\"path\":\"p\","
                + "\"description\":\"" + "x".repeat(70_000) + "\"}";
        assertError(
                call(HttpMethod.POST, "/v1/" + project + "/annotation-jobs", token, huge),
                413,
                "Labelforce.0413",
                "larger than");
        assertThat(body(call(HttpMethod.GET, "/v1/" + project + "/annotation-jobs", token))
                        .get("job_total_count")
                        .asInt())
                .isZero();
    }

    @Test
    void errorBodiesAreProblemDetails() {
        MvcTestResult result = mvc.get().uri("/v1/p/annotation-jobs").exchange();
        assertThat(result.getResponse().getContentType()).startsWith("application/problem+json");
        assertThat(body(result).get("status").asInt()).isEqualTo(401);
        assertThat(body(result).get("type").asString()).isEqualTo("urn:labelforce:error:ModelArts.4504");
    }

    @Test
    void operationalEndpointsNeedNoToken() {
        assertThat(mvc.get().uri("/actuator/health").exchange()).hasStatus(200);
        assertThat(mvc.get().uri("/actuator/health/liveness").exchange()).hasStatus(200);
        assertThat(mvc.get().uri("/actuator/health/readiness").exchange()).hasStatus(200);
        assertThat(mvc.get().uri("/v3/api-docs").exchange())
                .hasStatus(200)
                .bodyText()
                .contains("/v1/{project_id}/annotation-jobs")
                .contains("\"securitySchemes\"")
                .contains("\"X-Auth-Token\"")
                .contains("\"SDK-HMAC-SHA256\"")
                .contains("\"X-Sdk-Date\"")
                .contains("/.well-known/openid-configuration");
        assertError(mvc.get().uri("/actuator/env").exchange(), 404, "ModelArts.0015", "");
    }
}
