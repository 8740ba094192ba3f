package io.labelforce.security;

import io.labelforce.common.ErrorCodes;
import io.labelforce.common.ProblemWriter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.web.access.AccessDeniedHandler;

/** 403 (or the status a {@link ProjectAccessDeniedException} names) in the service's error format. */
class ProblemAccessDeniedHandler implements AccessDeniedHandler {

    private final ProblemWriter problemWriter;
    private final AuthFailures failures;

    ProblemAccessDeniedHandler(ProblemWriter problemWriter, AuthFailures failures) {
        this.problemWriter = problemWriter;
        this.failures = failures;
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException denied)
            throws IOException {
        if (denied instanceof ProjectAccessDeniedException project) {
            failures.denied(project.errorCode());
            problemWriter.write(response, project.status(), project.errorCode(), project.getMessage());
        } else {
            failures.denied(ErrorCodes.NOT_AUTHORIZED);
            problemWriter.write(
                    response,
                    HttpStatus.FORBIDDEN,
                    ErrorCodes.NOT_AUTHORIZED,
                    "The token does not allow this operation");
        }
    }
}
