package io.labelforce.common;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.tags.Tag;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springdoc.core.customizers.GlobalOpenApiCustomizer;
import org.springdoc.core.customizers.GlobalOperationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The OpenAPI document's error side, for every operation at once: the one problem schema (with
 * {@code error_code} and {@code error_msg}), the 4xx responses each operation can give, declared tags and
 * operation ids named after the ModelArts operation where there is one. Checked by {@code OpenApiDocumentTests}
 * and linted in CI ({@code docs/api-decisions.md, "OpenAPI document"}).
 */
@Configuration(proxyBeanMethods = false)
class OpenApiProblems {

    static final String PROBLEM = "Problem";
    private static final String REF = "#/components/responses/";
    private static final Pattern OPERATION_NAME = Pattern.compile("\\(([A-Za-z][A-Za-z_]*)\\)");

    /** A shared error response: its status, its name under {@code components.responses}, its description. */
    private record ErrorResponse(String status, String name, String description) {}

    private static final List<ErrorResponse> RESPONSES = List.of(
            new ErrorResponse("400", "BadRequest", "A parameter or the body breaks a rule (ModelArts.0101, 0104)"),
            new ErrorResponse("401", "Unauthorized", "No token, or an unknown, revoked or expired one"),
            new ErrorResponse("403", "Forbidden", "The token does not cover the project or the call"),
            new ErrorResponse("404", "NotFound", "The resource or path does not exist"),
            new ErrorResponse("409", "Conflict", "The change conflicts with the resource's state or data"),
            new ErrorResponse("410", "Gone", "The invitation was used, replaced or has expired"),
            new ErrorResponse("413", "ContentTooLarge", "The body is larger than the configured limit"),
            new ErrorResponse("415", "UnsupportedMediaType", "The body is not application/json"),
            new ErrorResponse("429", "TooManyRequests", "A quota is used up (ModelArts.4395)"));

    @Bean
    GlobalOperationCustomizer modelArtsOperationIds() {
        return (operation, handler) -> {
            Matcher named = OPERATION_NAME.matcher(String.valueOf(operation.getSummary()));
            operation.setOperationId(
                    named.find()
                            ? named.group(1)
                            : handler.getMethod().getName()
                                    + handler.getBeanType().getSimpleName().replace("Controller", ""));
            return operation;
        };
    }

    @Bean
    GlobalOpenApiCustomizer problemResponses() {
        return openApi -> {
            Components components = openApi.getComponents() != null ? openApi.getComponents() : new Components();
            openApi.setComponents(components);
            components.addSchemas(PROBLEM, problemSchema());
            Set<String> used = new TreeSet<>();
            Set<String> tags = new TreeSet<>();
            if (openApi.getPaths() != null) {
                openApi.getPaths()
                        .forEach((path, item) -> item.readOperationsMap().forEach((method, operation) -> {
                            declare(path, method, operation, used);
                            if (operation.getTags() != null) {
                                tags.addAll(operation.getTags());
                            }
                        }));
            }
            RESPONSES.forEach(response -> {
                if (used.contains(response.status())) {
                    components.addResponses(
                            response.name(),
                            new ApiResponse()
                                    .description(response.description())
                                    .content(new Content()
                                            .addMediaType(
                                                    org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON_VALUE,
                                                    new MediaType()
                                                            .schema(new Schema<>()
                                                                    .$ref("#/components/schemas/" + PROBLEM)))));
                }
            });
            for (String tag : tags) {
                boolean declared =
                        openApi.getTags() != null && openApi.getTags().stream().anyMatch(t -> tag.equals(t.getName()));
                if (!declared) {
                    openApi.addTagsItem(new Tag().name(tag));
                }
            }
        };
    }

    private static void declare(String path, PathItem.HttpMethod method, Operation operation, Set<String> used) {
        boolean open =
                operation.getSecurity() != null && operation.getSecurity().isEmpty();
        boolean write = method != PathItem.HttpMethod.GET;
        boolean body = operation.getRequestBody() != null;
        ApiResponses responses = operation.getResponses() != null ? operation.getResponses() : new ApiResponses();
        operation.setResponses(responses);
        for (ErrorResponse response : RESPONSES) {
            boolean applies = switch (response.status()) {
                case "401", "403" -> !open;
                case "409" -> write && !open;
                case "410" -> path.startsWith("/invitations/");
                case "413", "415" -> body;
                case "429" -> method == PathItem.HttpMethod.POST && !open;
                default -> true;
            };
            if (applies) {
                responses.addApiResponse(response.status(), new ApiResponse().$ref(REF + response.name()));
                used.add(response.status());
            }
        }
    }

    private static Schema<?> problemSchema() {
        return new ObjectSchema()
                .description("RFC 9457 problem with the ModelArts members error_code and error_msg")
                .addProperty("type", new StringSchema().description("urn:labelforce:error:<error_code>"))
                .addProperty("title", new StringSchema().description("the HTTP reason phrase"))
                .addProperty("status", new IntegerSchema().description("the HTTP status"))
                .addProperty("detail", new StringSchema().description("the same text as error_msg"))
                .addProperty("instance", new StringSchema().description("the request path"))
                .addProperty("error_code", new StringSchema().example("ModelArts.0104"))
                .addProperty("error_msg", new StringSchema().example("name: must be 1-64 letters, digits, '_' or '-'"))
                .addProperty("request_id", new StringSchema().description("the request's X-Request-Id"))
                .required(List.of("error_code", "error_msg"));
    }
}
