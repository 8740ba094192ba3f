package io.labelforce.common;

import jakarta.servlet.FilterChain;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.MDC;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Gives every request an id: the caller's {@code X-Request-Id} when it is a plain token, else a new UUID.
 * The id goes to the response header, to the log context and to every error body. Registered first in
 * the filter chain (see {@link WebConfiguration}) so that even authentication errors carry it.
 * <p>
 * The log context also gets the {@code project_id} of a {@code /v1/{project_id}/…} or {@code /v2/…} path
 * (only a well-formed one, so a crafted path cannot forge log lines), so every log line of a project's
 * request can be found by project.
 */
public class RequestIdFilter extends OncePerRequestFilter {

    public static final String HEADER = "X-Request-Id";
    public static final String MDC_KEY = "request_id";
    public static final String PROJECT_MDC_KEY = "project_id";
    private static final Pattern ACCEPTED = Pattern.compile("[A-Za-z0-9._-]{1,128}");
    private static final Pattern PROJECT_PATH = Pattern.compile("/v[12]/([A-Za-z0-9_-]{1,64})(?:/.*)?");

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String incoming = request.getHeader(HEADER);
        String requestId = incoming != null && ACCEPTED.matcher(incoming).matches()
                ? incoming
                : UUID.randomUUID().toString();
        response.setHeader(HEADER, requestId);
        MDC.put(MDC_KEY, requestId);
        Matcher project = PROJECT_PATH.matcher(path(request));
        if (project.matches()) {
            MDC.put(PROJECT_MDC_KEY, project.group(1));
        }
        try {
            chain.doFilter(request, response);
        } finally {
            MDC.remove(MDC_KEY);
            MDC.remove(PROJECT_MDC_KEY);
        }
    }

    /** The path the client asked for, also while the error page renders its failure. */
    private static String path(HttpServletRequest request) {
        Object failed = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        String uri = failed instanceof String original ? original : request.getRequestURI();
        String context = request.getContextPath();
        return uri.startsWith(context) ? uri.substring(context.length()) : uri;
    }

    @Override
    protected boolean shouldNotFilterErrorDispatch() {
        return false;
    }
}
