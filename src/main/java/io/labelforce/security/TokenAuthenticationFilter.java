package io.labelforce.security;

import io.labelforce.common.DatabaseUnavailable;
import io.labelforce.common.ProblemWriter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Turns whatever credential a request carries into the one {@link Caller} that
 * {@link ProjectAuthorizationManager} decides on:
 *
 * <ul>
 *   <li>{@code Authorization: SDK-HMAC-SHA256 ...}: an access key's signature ({@link SignedRequestAuthenticator});
 *   <li>{@code X-Auth-Token} (what ModelArts clients send) or {@code Authorization: Bearer}: the administrator
 *       token or an API key, or else, where OIDC is configured, an OIDC token ({@link OidcCallers}).
 * </ul>
 *
 * A request without a usable credential stays anonymous; {@link ProblemAuthenticationEntryPoint} explains why.
 */
class TokenAuthenticationFilter extends OncePerRequestFilter {

    static final String AUTH_TOKEN_HEADER = "X-Auth-Token";
    /** Request attribute: why a presented credential was not accepted. */
    static final String REJECTION = TokenAuthenticationFilter.class.getName() + ".rejection";

    static final String ROLE_ADMIN = "ROLE_ADMIN";

    private final AdminToken adminToken;
    private final ApiKeyService apiKeys;
    private final SignedRequestAuthenticator signedRequests;
    private final OidcCallers oidc;
    private final ProblemWriter problemWriter;

    TokenAuthenticationFilter(
            AdminToken adminToken,
            ApiKeyService apiKeys,
            SignedRequestAuthenticator signedRequests,
            OidcCallers oidc,
            ProblemWriter problemWriter) {
        this.adminToken = adminToken;
        this.apiKeys = apiKeys;
        this.signedRequests = signedRequests;
        this.oidc = oidc;
        this.problemWriter = problemWriter;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        HttpServletRequest next;
        try {
            next = authenticate(request);
        } catch (RuntimeException e) {
            if (!DatabaseUnavailable.isCause(e)) {
                throw e;
            }
            // a credential that is not cached needs the database: 503 with Retry-After, as everywhere else
            DatabaseUnavailable.write(response, problemWriter);
            return;
        }
        chain.doFilter(next, response);
    }

    /** Sets the caller, or the reason a credential was refused; returns the request to pass on. */
    private HttpServletRequest authenticate(HttpServletRequest request) throws IOException {
        if (ApiGatewaySignature.isSigned(request.getHeader(HttpHeaders.AUTHORIZATION))) {
            CachedBodyRequest cached = CachedBodyRequest.of(request);
            apply(request, signedRequests.authenticate(cached, cached.body()));
            return cached;
        }
        String token = token(request);
        if (token != null) {
            if (adminToken.matches(token)) {
                SecurityContextHolder.getContext()
                        .setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                                "admin", null, List.of(new SimpleGrantedAuthority(ROLE_ADMIN))));
            } else if (oidc.configured() && OidcCallers.looksLikeJwt(token)) {
                apply(request, oidc.authenticate(token));
            } else {
                apiKeys.authenticate(token)
                        .ifPresentOrElse(
                                TokenAuthenticationFilter::authenticate,
                                () -> request.setAttribute(REJECTION, "The token is unknown, revoked or expired"));
            }
        }
        return request;
    }

    private static void apply(HttpServletRequest request, SignedRequestAuthenticator.Outcome outcome) {
        Caller caller = outcome.caller();
        if (caller != null) {
            authenticate(caller);
        } else {
            request.setAttribute(REJECTION, outcome.reason());
        }
    }

    private static void authenticate(Caller caller) {
        SecurityContextHolder.getContext()
                .setAuthentication(UsernamePasswordAuthenticationToken.authenticated(caller, null, List.of()));
    }

    private static @Nullable String token(HttpServletRequest request) {
        String header = request.getHeader(AUTH_TOKEN_HEADER);
        if (header != null && !header.isBlank()) {
            return header.strip();
        }
        String authorization = request.getHeader(HttpHeaders.AUTHORIZATION);
        if (authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            String bearer = authorization.substring(7).strip();
            return bearer.isEmpty() ? null : bearer;
        }
        return null;
    }
}
