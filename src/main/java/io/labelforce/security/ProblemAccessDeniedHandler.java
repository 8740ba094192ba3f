package io.labelforce.security;

import java.io.IOException;

import io.labelforce.common.ErrorCodes;
import io.labelforce.common.ProblemWriter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.web.access.AccessDeniedHandler;

/** 403 (or the status a {@link ProjectAccessDeniedException} names) in the service's error format. */
class ProblemAccessDeniedHandler implements AccessDeniedHandler {

    private final ProblemWriter problemWriter;

    ProblemAccessDeniedHandler(ProblemWriter problemWriter) {
        this.problemWriter = problemWriter;
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response,
            AccessDeniedException denied) throws IOException {
        if (denied instanceof ProjectAccessDeniedException project) {
            problemWriter.write(response, project.status(), project.errorCode(), project.getMessage());
        } else {
            problemWriter.write(response, HttpStatus.FORBIDDEN, ErrorCodes.NOT_AUTHORIZED,
                    "The token does not allow this operation");
        }
    }
}
