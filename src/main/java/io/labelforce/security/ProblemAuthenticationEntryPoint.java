package io.labelforce.security;

import io.labelforce.common.ErrorCodes;
import io.labelforce.common.ProblemWriter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;

/** 401 with ModelArts.4504: no token, or one that is unknown, revoked or expired. */
class ProblemAuthenticationEntryPoint implements AuthenticationEntryPoint {

    private final ProblemWriter problemWriter;
    private final AuthFailures failures;

    ProblemAuthenticationEntryPoint(ProblemWriter problemWriter, AuthFailures failures) {
        this.problemWriter = problemWriter;
        this.failures = failures;
    }

    @Override
    public void commence(
            HttpServletRequest request, HttpServletResponse response, AuthenticationException authException)
            throws IOException {
        Object rejection = request.getAttribute(TokenAuthenticationFilter.REJECTION);
        failures.unauthenticated(rejection != null);
        String message = rejection != null
                ? rejection.toString()
                : "A token is required: send X-Auth-Token or Authorization: Bearer";
        problemWriter.write(response, HttpStatus.UNAUTHORIZED, ErrorCodes.BAD_TOKEN, message);
    }
}
