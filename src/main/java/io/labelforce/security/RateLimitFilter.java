package io.labelforce.security;

import io.github.bucket4j.BucketExceptions;
import io.labelforce.common.DatabaseUnavailable;
import io.labelforce.common.ProblemWriter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Runs right after {@link TokenAuthenticationFilter}: an authenticated caller draws from its own bucket; a
 * request whose credential was refused draws from its client address's bucket of failed authentications.
 * An empty bucket answers 429 {@code APIG.0308} with {@code Retry-After} before anything else runs.
 */
class RateLimitFilter extends OncePerRequestFilter {

    /** What the API gateway in front of ModelArts answers when a request is throttled. */
    static final String THROTTLED = "APIG.0308";

    private final RateLimits limits;
    private final ProblemWriter problemWriter;

    RateLimitFilter(RateLimits limits, ProblemWriter problemWriter) {
        this.limits = limits;
        this.problemWriter = problemWriter;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        RateLimits.@Nullable Verdict verdict = null;
        String what = "";
        try {
            if (auth != null && auth.getPrincipal() instanceof Caller caller) {
                verdict = limits.callerRequest(caller);
                what = "This credential made too many requests";
            } else if (request.getAttribute(TokenAuthenticationFilter.REJECTION) != null) {
                verdict = limits.failedAuthentication(request.getRemoteAddr());
                what = "Too many failed authentications from this address";
            }
        } catch (RuntimeException e) {
            // the buckets live in PostgreSQL, so a failing bucket store is a failing database (Bucket4j wraps a
            // closed connection's SQLException in its own exception): 503 with Retry-After, as everywhere else
            if (!(DatabaseUnavailable.isCause(e) || e instanceof BucketExceptions.BucketExecutionException)) {
                throw e;
            }
            DatabaseUnavailable.write(response, problemWriter);
            return;
        }
        if (verdict != null && !verdict.allowed()) {
            response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(verdict.retryAfterSeconds()));
            problemWriter.write(
                    response,
                    HttpStatus.TOO_MANY_REQUESTS,
                    THROTTLED,
                    what + "; try again in " + verdict.retryAfterSeconds() + " s");
            return;
        }
        chain.doFilter(request, response);
    }
}
