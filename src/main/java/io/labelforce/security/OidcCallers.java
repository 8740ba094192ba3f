package io.labelforce.security;

import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtException;
import org.springframework.security.oauth2.jwt.JwtValidationException;
import org.springframework.stereotype.Component;

/**
 * OIDC bearer tokens, checked by Spring Security's OAuth2 resource server: the {@link JwtDecoder} that Boot
 * builds from {@code spring.security.oauth2.resourceserver.jwt.issuer-uri} (discovery, JWKS, signature,
 * issuer, expiry) and {@code ...jwt.audiences}. The claims become a {@link Caller}: {@code projects} (an array
 * of project ids, or {@code ["*"]}; none reaches no project), {@code permission} ({@code read}, {@code write}
 * or {@code admin}; {@code read} when absent or unknown), {@code email} (the member the token acts as). The
 * claim names are settings ({@code labelforce.security.oidc.*-claim}).
 */
@Component
class OidcCallers {

    private final @Nullable JwtDecoder decoder;
    private final SecuritySettings.Oidc claims;

    @Autowired
    OidcCallers(ObjectProvider<JwtDecoder> decoder, SecuritySettings settings) {
        this(decoder.getIfAvailable(), settings.oidc());
    }

    OidcCallers(@Nullable JwtDecoder decoder, SecuritySettings.Oidc claims) {
        this.decoder = decoder;
        this.claims = claims;
    }

    boolean configured() {
        return decoder != null;
    }

    /** A compact JWS: three base64url parts. API keys never look like this. */
    static boolean looksLikeJwt(String token) {
        return token.chars().filter(c -> c == '.').count() == 2 && token.startsWith("eyJ");
    }

    /** The caller, or why the token was refused (the message of the 401). */
    SignedRequestAuthenticator.Outcome authenticate(String token) {
        JwtDecoder jwtDecoder = decoder;
        if (jwtDecoder == null) {
            return SignedRequestAuthenticator.Outcome.rejected("OIDC tokens are not accepted by this server");
        }
        Jwt jwt;
        try {
            jwt = jwtDecoder.decode(token);
        } catch (JwtValidationException e) {
            String why = e.getErrors().stream()
                    .map(error -> error.getDescription() == null ? error.getErrorCode() : error.getDescription())
                    .reduce((a, b) -> a + "; " + b)
                    .orElse(e.getMessage());
            return SignedRequestAuthenticator.Outcome.rejected("The OIDC token is not valid: " + why);
        } catch (JwtException e) {
            return SignedRequestAuthenticator.Outcome.rejected("The OIDC token is not valid: " + e.getMessage());
        }
        return SignedRequestAuthenticator.Outcome.authenticated(caller(jwt));
    }

    Caller caller(Jwt jwt) {
        String subject = jwt.getSubject() == null ? "" : jwt.getSubject();
        String issuer = jwt.getIssuer() == null ? "" : jwt.getIssuer().toString();
        UUID id = UUID.nameUUIDFromBytes((issuer + "|" + subject).getBytes(StandardCharsets.UTF_8));
        return new Caller(
                id,
                subject,
                permission(jwt.getClaim(claims.permissionClaim())),
                projects(jwt.getClaim(claims.projectsClaim())),
                email(jwt.getClaim(claims.emailClaim())),
                Caller.Kind.OIDC);
    }

    private static Set<String> projects(@Nullable Object claim) {
        Set<String> projects = new LinkedHashSet<>();
        if (claim instanceof Collection<?> values) {
            values.forEach(value -> projects.add(String.valueOf(value)));
        } else if (claim instanceof String value && !value.isBlank()) {
            projects.add(value);
        }
        return Set.copyOf(projects);
    }

    private static Permission permission(@Nullable Object claim) {
        if (claim instanceof String value) {
            return switch (value.toLowerCase(Locale.ROOT)) {
                case "write" -> Permission.WRITE;
                case "admin" -> Permission.ADMIN;
                case "member" -> Permission.MEMBER;
                default -> Permission.READ;
            };
        }
        return Permission.READ;
    }

    private static @Nullable String email(@Nullable Object claim) {
        return claim instanceof String value && !value.isBlank() ? value : null;
    }
}
