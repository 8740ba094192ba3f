package io.labelforce.common;

import java.net.URI;
import org.jspecify.annotations.Nullable;
import org.slf4j.MDC;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;

/**
 * Builds the one error body of the service: an RFC 9457 problem with the ModelArts members
 * {@code error_code} and {@code error_msg} (and our {@code request_id}).
 */
public final class Problems {

    public static final String ERROR_CODE = "error_code";
    public static final String ERROR_MSG = "error_msg";
    public static final String REQUEST_ID = "request_id";

    private Problems() {}

    public static ProblemDetail of(HttpStatusCode status, String errorCode, String message) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, message);
        decorate(problem, errorCode, message);
        return problem;
    }

    /** Adds the ModelArts members to a problem that Spring built. */
    public static void decorate(ProblemDetail problem, String errorCode, String message) {
        problem.setType(URI.create("urn:labelforce:error:" + errorCode));
        problem.setDetail(message);
        problem.setProperty(ERROR_CODE, errorCode);
        problem.setProperty(ERROR_MSG, message);
        String requestId = currentRequestId();
        if (requestId != null) {
            problem.setProperty(REQUEST_ID, requestId);
        }
    }

    static @Nullable String currentRequestId() {
        return MDC.get(RequestIdFilter.MDC_KEY);
    }
}
