package io.labelforce.security;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import io.swagger.v3.oas.models.servers.Server;
import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The OpenAPI document names how to authenticate, so that Swagger UI's "Authorize" button and generated
 * clients send the token: {@code X-Auth-Token} (what ModelArts clients send) or a bearer token.
 */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

    static final String AUTH_TOKEN = "X-Auth-Token";
    static final String BEARER = "bearer";

    /** The document's version: the release of the service (the Helm chart's appVersion). */
    static final String API_VERSION = "0.1.0";

    @Bean
    OpenAPI labelforceOpenApi() {
        return new OpenAPI()
                .info(new Info()
                        .title("Labelforce API")
                        .version(API_VERSION)
                        .description("Labeling jobs, teams, members and team labeling tasks, wire-compatible with "
                                + "the ModelArts team-labeling API. Errors are problem details with error_code "
                                + "and error_msg (docs/api-decisions.md)."))
                // relative: the document is right wherever the service is reached (not the host it was asked on)
                .servers(List.of(new Server().url("/").description("This service")))
                .components(new Components()
                        .addSecuritySchemes(
                                AUTH_TOKEN,
                                new SecurityScheme()
                                        .type(SecurityScheme.Type.APIKEY)
                                        .in(SecurityScheme.In.HEADER)
                                        .name(TokenAuthenticationFilter.AUTH_TOKEN_HEADER)
                                        .description("An API key's token, or the administrator token for /admin/**"))
                        .addSecuritySchemes(
                                BEARER,
                                new SecurityScheme()
                                        .type(SecurityScheme.Type.HTTP)
                                        .scheme("bearer")
                                        .description("The same token as Authorization: Bearer")))
                .addSecurityItem(new SecurityRequirement().addList(AUTH_TOKEN))
                .addSecurityItem(new SecurityRequirement().addList(BEARER));
    }
}
