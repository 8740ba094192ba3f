package io.labelforce;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import tools.jackson.databind.JsonNode;

/**
 * The served OpenAPI document: what clients generate from. This test checks the points the linters would
 * also report and writes the document to {@code target/openapi.json}, which {@code .ci/run} lints with Redocly
 * CLI and Spectral (see {@code docs/api-decisions.md, "OpenAPI document"}).
 */
class OpenApiDocumentTests extends ApiTest {

    static final Path OUTPUT = Path.of("target", "openapi.json");

    @Test
    void theDocumentDeclaresVersionTagsUniqueOperationIdsAndProblemResponses() throws Exception {
        MvcTestResult result = mvc.get().uri("/v3/api-docs").exchange();
        assertThat(result).hasStatus(200);
        String text = result.getResponse().getContentAsString();
        Files.createDirectories(OUTPUT.getParent());
        Files.writeString(OUTPUT, text);
        JsonNode doc = json.readTree(text);

        assertThat(doc.at("/info/version").asString()).isNotBlank();
        assertThat(doc.path("paths").propertyNames()).noneMatch(path -> path.startsWith("/error"));
        assertThat(doc.path("paths").propertyNames())
                .contains("/invitations/{token}", "/invitations/{token}/accept")
                .noneMatch(path -> path.startsWith("/v2/invitations"));
        assertThat(doc.at("/components/schemas/Problem/required").valueStream().map(JsonNode::asString))
                .contains("error_code", "error_msg");

        Set<String> declaredTags = new TreeSet<>();
        doc.path("tags").forEach(tag -> declaredTags.add(tag.get("name").asString()));
        List<String> operationIds = new ArrayList<>();
        List<String> operations = new ArrayList<>();
        for (String path : doc.path("paths").propertyNames()) {
            for (String method : doc.path("paths").path(path).propertyNames()) {
                JsonNode operation = doc.path("paths").path(path).path(method);
                String name = method + " " + path;
                operations.add(name);
                operationIds.add(operation.path("operationId").asString());
                assertThat(operation.path("tags").valueStream().map(JsonNode::asString))
                        .as(name)
                        .isNotEmpty()
                        .allMatch(declaredTags::contains);
                assertThat(operation.path("responses").propertyNames()).as(name).contains("400", "404");
                assertThat(operation.at("/responses/400/$ref").asString())
                        .as(name)
                        .isEqualTo("#/components/responses/BadRequest");
            }
        }
        assertThat(operations).hasSizeGreaterThan(30);
        assertThat(operationIds).doesNotHaveDuplicates().allMatch(id -> id.matches("[A-Za-z_][A-Za-z0-9_]*"));
        // the invitation link needs no key, everything else does
        JsonNode publicSecurity = doc.at("/paths/~1invitations~1{token}/get/security");
        assertThat(publicSecurity.isArray() && publicSecurity.isEmpty()).isTrue();
        assertThat(doc.at("/paths/~1invitations~1{token}/get/responses").has("401"))
                .isFalse();
        assertThat(doc.at("/paths/~1v2~1{project_id}~1workforces/post/responses")
                        .has("401"))
                .isTrue();
    }
}
