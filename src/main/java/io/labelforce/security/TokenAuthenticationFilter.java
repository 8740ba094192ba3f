package io.labelforce.security;

import io.labelforce.common.DatabaseUnavailable;
import io.labelforce.common.ProblemWriter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Reads the token from {@code X-Auth-Token} (what ModelArts clients send) or {@code Authorization: Bearer}
 * and authenticates the request as the administrator or as an API key's {@link Caller}. A request without
 * a usable token stays anonymous; {@link ProblemAuthenticationEntryPoint} explains why.
 */
class TokenAuthenticationFilter extends OncePerRequestFilter {

    static final String AUTH_TOKEN_HEADER = "X-Auth-Token";
    /** Request attribute: why a presented token was not accepted. */
    static final String REJECTION = TokenAuthenticationFilter.class.getName() + ".rejection";

    static final String ROLE_ADMIN = "ROLE_ADMIN";

    private final AdminToken adminToken;
    private final ApiKeyService apiKeys;
    private final ProblemWriter problemWriter;

    TokenAuthenticationFilter(AdminToken adminToken, ApiKeyService apiKeys, ProblemWriter problemWriter) {
        this.adminToken = adminToken;
        this.apiKeys = apiKeys;
        this.problemWriter = problemWriter;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String token = token(request);
        if (token != null) {
            if (adminToken.matches(token)) {
                SecurityContextHolder.getContext()
                        .setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                                "admin", null, List.of(new SimpleGrantedAuthority(ROLE_ADMIN))));
            } else {
                Optional<Caller> caller;
                try {
                    caller = apiKeys.authenticate(token);
                } catch (RuntimeException e) {
                    if (!DatabaseUnavailable.isCause(e)) {
                        throw e;
                    }
                    // a key that is not cached needs the database: 503 with Retry-After, as everywhere else
                    DatabaseUnavailable.write(response, problemWriter);
                    return;
                }
                caller.ifPresentOrElse(
                        known -> SecurityContextHolder.getContext()
                                .setAuthentication(
                                        UsernamePasswordAuthenticationToken.authenticated(known, null, List.of())),
                        () -> request.setAttribute(REJECTION, "The token is unknown, revoked or expired"));
            }
        }
        chain.doFilter(request, response);
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
