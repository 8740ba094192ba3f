package io.labelforce.common;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses request bodies over {@code labelforce.http.max-body-size} (or a route's own {@link BodyLimitRoute}) with 413: at once when the declared
 * {@code Content-Length} is too large, and while reading when a chunked body grows past the limit
 * ({@link PayloadTooLargeException}, mapped to 413 by {@link GlobalExceptionHandler}).
 */
class BodySizeLimitFilter extends OncePerRequestFilter {

    private final long defaultMaxBytes;
    private final List<BodyLimitRoute> routes;
    private final ProblemWriter problemWriter;

    BodySizeLimitFilter(long maxBytes, List<BodyLimitRoute> routes, ProblemWriter problemWriter) {
        this.defaultMaxBytes = maxBytes;
        this.routes = List.copyOf(routes);
        this.problemWriter = problemWriter;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        long maxBytes = limitFor(request);
        if (request.getContentLengthLong() > maxBytes) {
            problemWriter.write(
                    response, HttpStatus.CONTENT_TOO_LARGE, ErrorCodes.PAYLOAD_TOO_LARGE, tooLarge(maxBytes));
            return;
        }
        chain.doFilter(new LimitedRequest(request, maxBytes), response);
    }

    private long limitFor(HttpServletRequest request) {
        for (BodyLimitRoute route : routes) {
            if (route.matches(request.getMethod(), request.getRequestURI())) {
                return route.maxBodySize().toBytes();
            }
        }
        return defaultMaxBytes;
    }

    private static String tooLarge(long maxBytes) {
        return "Request body is larger than " + maxBytes + " bytes";
    }

    /** Raised while reading a body that exceeds the limit. */
    static final class PayloadTooLargeException extends IOException {
        PayloadTooLargeException(String message) {
            super(message);
        }
    }

    private final class LimitedRequest extends HttpServletRequestWrapper {

        private @org.jspecify.annotations.Nullable ServletInputStream stream;
        private final long maxBytes;

        LimitedRequest(HttpServletRequest request, long maxBytes) {
            super(request);
            this.maxBytes = maxBytes;
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            if (stream == null) {
                stream = new LimitedStream(super.getInputStream(), maxBytes);
            }
            return stream;
        }
    }

    private final class LimitedStream extends ServletInputStream {

        private final ServletInputStream delegate;
        private final long maxBytes;
        private long read;

        LimitedStream(ServletInputStream delegate, long maxBytes) {
            this.delegate = delegate;
            this.maxBytes = maxBytes;
        }

        @Override
        public int read() throws IOException {
            int b = delegate.read();
            if (b >= 0) {
                count(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = delegate.read(buffer, offset, length);
            if (n > 0) {
                count(n);
            }
            return n;
        }

        private void count(int n) throws PayloadTooLargeException {
            read += n;
            if (read > maxBytes) {
                throw new PayloadTooLargeException(tooLarge(maxBytes));
            }
        }

        @Override
        public boolean isFinished() {
            return delegate.isFinished();
        }

        @Override
        public boolean isReady() {
            return delegate.isReady();
        }

        @Override
        public void setReadListener(ReadListener listener) {
            delegate.setReadListener(listener);
        }
    }
}
