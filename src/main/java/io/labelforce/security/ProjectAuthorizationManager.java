package io.labelforce.security;

import io.labelforce.common.ErrorCodes;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.springframework.http.HttpStatus;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.authorization.AuthorizationResult;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;

/**
 * Allows a {@code /v1/{project_id}/**} or {@code /v2/{project_id}/**} request only when the caller's key
 * covers that project and its permission allows the method. Runs before any controller, so no repository
 * is touched for a project the caller may not see. A member credential ({@link Permission#MEMBER}) may only
 * call {@link MemberRoutes}.
 */
class ProjectAuthorizationManager implements AuthorizationManager<RequestAuthorizationContext> {

    static final String PROJECT_ID = "project_id";
    private static final Pattern PROJECT_ID_FORMAT = Pattern.compile("[A-Za-z0-9_-]{1,64}");
    private static final Set<String> READ_METHODS = Set.of("GET", "HEAD", "OPTIONS");

    @Override
    public AuthorizationResult authorize(
            Supplier<? extends Authentication> authentication, RequestAuthorizationContext context) {
        Authentication auth = authentication.get();
        if (auth == null || !(auth.getPrincipal() instanceof Caller caller)) {
            // anonymous (→ 401 by the entry point) or the admin token, which has no project data access
            return new AuthorizationDecision(false);
        }
        String projectId = context.getVariables().getOrDefault(PROJECT_ID, "");
        if (!PROJECT_ID_FORMAT.matcher(projectId).matches()) {
            throw new ProjectAccessDeniedException(
                    HttpStatus.BAD_REQUEST,
                    ErrorCodes.INVALID_PARAMETER,
                    "project_id: must be 1-64 characters of letters, digits, '_' or '-'");
        }
        if (!caller.covers(projectId)) {
            throw new ProjectAccessDeniedException(
                    HttpStatus.FORBIDDEN, ErrorCodes.PROJECT_MISMATCH, "The token does not cover project " + projectId);
        }
        if (caller.permission() == Permission.MEMBER) {
            HttpServletRequest request = context.getRequest();
            String path =
                    request.getRequestURI().substring(request.getContextPath().length());
            if (!MemberRoutes.allows(request.getMethod(), path)) {
                throw new ProjectAccessDeniedException(
                        HttpStatus.FORBIDDEN,
                        ErrorCodes.NOT_AUTHORIZED,
                        "A member key may only list its tasks and label or review its own samples");
            }
            return new AuthorizationDecision(true);
        }
        if (!caller.permission().allowsWrites()
                && !READ_METHODS.contains(context.getRequest().getMethod())) {
            throw new ProjectAccessDeniedException(
                    HttpStatus.FORBIDDEN, ErrorCodes.NOT_AUTHORIZED, "The token has read permission only");
        }
        return new AuthorizationDecision(true);
    }
}
