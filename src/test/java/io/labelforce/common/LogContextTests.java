package io.labelforce.common;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.LoggingEvent;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.RequestDispatcher;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.slf4j.MDC;
import org.springframework.boot.logging.logback.StructuredLogEncoder;
import org.springframework.core.env.Environment;
import org.springframework.mock.env.MockEnvironment;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Every log line of a request names the request and, for project paths, the project. */
class LogContextTests {

    @Test
    void projectRequestsPutRequestAndProjectIdsInTheLogContext() throws Exception {
        Map<String, String> seen =
                during(new MockHttpServletRequest("GET", "/v2/cbfb9585c5854926a411a3f5a984fc09/workforces"));
        assertThat(seen)
                .containsEntry("project_id", "cbfb9585c5854926a411a3f5a984fc09")
                .containsKey("request_id");
        assertThat(during(new MockHttpServletRequest("POST", "/v1/p_1-x/annotation-jobs")))
                .containsEntry("project_id", "p_1-x");
        assertThat(MDC.getCopyOfContextMap())
                .as("nothing is left behind on the thread")
                .isNullOrEmpty();
    }

    @Test
    void otherPathsAndMalformedProjectIdsGetNoProjectId() throws Exception {
        assertThat(during(new MockHttpServletRequest("GET", "/admin/api-keys"))).containsOnlyKeys("request_id");
        assertThat(during(new MockHttpServletRequest("GET", "/v3/api-docs"))).containsOnlyKeys("request_id");
        assertThat(during(new MockHttpServletRequest("GET", "/v1/a%0Afake=line/annotation-jobs")))
                .containsOnlyKeys("request_id");
        assertThat(during(new MockHttpServletRequest("GET", "/v1/" + "x".repeat(65) + "/annotation-jobs")))
                .containsOnlyKeys("request_id");
    }

    @Test
    void theErrorPageKeepsTheProjectOfTheFailedRequest() throws Exception {
        MockHttpServletRequest error = new MockHttpServletRequest("GET", "/error");
        error.setAttribute(RequestDispatcher.ERROR_REQUEST_URI, "/v1/proj42/annotation-jobs/x");
        error.setDispatcherType(DispatcherType.ERROR);
        assertThat(during(error)).containsEntry("project_id", "proj42");
    }

    @Test
    void structuredJsonLinesCarryTheIdsAsFields() throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/v1/proj7/annotation-jobs");
        request.addHeader(RequestIdFilter.HEADER, "req-123");
        String[] line = new String[1];
        new RequestIdFilter()
                .doFilter(request, new MockHttpServletResponse(), (req, res) -> line[0] = ecsLine("listing jobs"));

        JsonNode json = JsonMapper.builder().build().readTree(line[0]);
        assertThat(json.get("message").asString()).isEqualTo("listing jobs");
        assertThat(json.get("request_id").asString()).isEqualTo("req-123");
        assertThat(json.get("project_id").asString()).isEqualTo("proj7");
        assertThat(json.get("service").get("name").asString()).isEqualTo("labelforce");
        assertThat(json.get("log").get("level").asString()).isEqualTo("INFO");
        assertThat(line[0]).endsWith("\n").doesNotContain("\n{");
    }

    private static Map<String, String> during(MockHttpServletRequest request) throws Exception {
        Map<String, String> seen = new HashMap<>();
        new RequestIdFilter().doFilter(request, new MockHttpServletResponse(), (req, res) -> {
            Map<String, String> context = MDC.getCopyOfContextMap();
            if (context != null) {
                seen.putAll(context);
            }
        });
        return seen;
    }

    /** One event through Spring Boot's encoder for LOGGING_STRUCTURED_FORMAT_CONSOLE=ecs. */
    private static String ecsLine(String message) {
        LoggerContext context = new LoggerContext();
        context.putObject(
                Environment.class.getName(),
                new MockEnvironment().withProperty("spring.application.name", "labelforce"));
        StructuredLogEncoder encoder = new StructuredLogEncoder();
        encoder.setContext(context);
        encoder.setFormat("ecs");
        encoder.start();
        Logger logger = context.getLogger("io.labelforce.job.JobService");
        LoggingEvent event = new LoggingEvent(Logger.class.getName(), logger, Level.INFO, message, null, null);
        event.setMDCPropertyMap(MDC.getCopyOfContextMap());
        return new String(encoder.encode(event), StandardCharsets.UTF_8);
    }
}
