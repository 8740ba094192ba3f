package io.labelforce.security;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import io.swagger.v3.oas.models.servers.Server;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The OpenAPI document names how to authenticate, so that Swagger UI's "Authorize" button and generated
 * clients send a credential: {@code X-Auth-Token} (what ModelArts clients send), a bearer token, or an access
 * key's {@code SDK-HMAC-SHA256} signature with its {@code X-Sdk-Date}.
 */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

    static final String AUTH_TOKEN = "X-Auth-Token";
    static final String BEARER = "bearer";
    static final String SIGNATURE = "SDK-HMAC-SHA256";
    static final String SIGNATURE_DATE = "X-Sdk-Date";

    static final String OIDC = "oidc";

    /** The document's version: the release of the service (the Helm chart's appVersion). */
    static final String API_VERSION = "0.1.0";

    @Bean
    OpenAPI labelforceOpenApi(@Value("${spring.security.oauth2.resourceserver.jwt.issuer-uri:}") String issuerUri) {
        OpenAPI api = new OpenAPI()
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
                                        .description(
                                                "An API key's token (a member key, permission member, reaches only the"
                                                        + " member routes: worker-tasks and its own samples), or the"
                                                        + " administrator token for /admin/**"))
                        .addSecuritySchemes(
                                BEARER,
                                new SecurityScheme()
                                        .type(SecurityScheme.Type.HTTP)
                                        .scheme("bearer")
                                        .description("An API key's token, or where OIDC is configured a JWT of "
                                                + "the identity provider (claims projects, permission, email)"))
                        .addSecuritySchemes(
                                SIGNATURE,
                                new SecurityScheme()
                                        .type(SecurityScheme.Type.APIKEY)
                                        .in(SecurityScheme.In.HEADER)
                                        .name("Authorization")
                                        .description("An access key's signed request (Huawei Cloud API Gateway "
                                                + "SDK-HMAC-SHA256, as the vendor SDKs send it): "
                                                + "'SDK-HMAC-SHA256 Access=<AK>, SignedHeaders=host;x-sdk-date, "
                                                + "Signature=<hex>'. A signature covers one request and works once, "
                                                + "so in Swagger UI paste one computed for exactly that request, "
                                                + "with its X-Sdk-Date."))
                        .addSecuritySchemes(
                                SIGNATURE_DATE,
                                new SecurityScheme()
                                        .type(SecurityScheme.Type.APIKEY)
                                        .in(SecurityScheme.In.HEADER)
                                        .name(ApiGatewaySignature.DATE_HEADER)
                                        .description("The signed request's date, yyyyMMddTHHmmssZ (UTC), "
                                                + "at most 15 minutes off the server's clock")))
                .addSecurityItem(new SecurityRequirement().addList(AUTH_TOKEN))
                .addSecurityItem(new SecurityRequirement().addList(BEARER))
                .addSecurityItem(new SecurityRequirement().addList(SIGNATURE).addList(SIGNATURE_DATE));
        if (!issuerUri.isBlank()) {
            String base = issuerUri.endsWith("/") ? issuerUri.substring(0, issuerUri.length() - 1) : issuerUri;
            api.getComponents()
                    .addSecuritySchemes(
                            OIDC,
                            new SecurityScheme()
                                    .type(SecurityScheme.Type.OPENIDCONNECT)
                                    .openIdConnectUrl(base + "/.well-known/openid-configuration")
                                    .description("The configured identity provider; the token is sent as a bearer"));
            api.addSecurityItem(new SecurityRequirement().addList(OIDC));
        }
        return api;
    }
}
