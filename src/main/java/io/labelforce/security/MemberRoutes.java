package io.labelforce.security;

import java.util.List;
import org.springframework.http.server.PathContainer;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

/**
 * The routes a member credential ({@link Permission#MEMBER}) may call, and nothing else: the member's own
 * task list ("Querying the Team Labeling Task List by a Team Member", ListWorkerTasks) and the labeling and
 * review of its own copies of a task's samples. {@code HEAD} is allowed where {@code GET} is.
 */
final class MemberRoutes {

    private static final String TASK = "/v2/{project_id}/datasets/{dataset_id}/workforce-tasks/{task_id}";

    private record Route(String method, PathPattern pattern) {}

    private static final List<Route> ROUTES = List.of(
            route("GET", "/v2/{project_id}/workforces/worker-tasks"),
            route("GET", TASK + "/data-annotations/samples"),
            route("GET", TASK + "/data-annotations/samples/{sample_id}"),
            route("PUT", TASK + "/data-annotations/samples"),
            route("POST", TASK + "/data-annotations/review"));

    private MemberRoutes() {}

    /** Whether a member credential may send {@code method} to {@code path} (the path within the application). */
    static boolean allows(String method, String path) {
        String verb = "HEAD".equals(method) ? "GET" : method;
        PathContainer container = PathContainer.parsePath(path);
        return ROUTES.stream()
                .anyMatch(
                        route -> route.method().equals(verb) && route.pattern().matches(container));
    }

    private static Route route(String method, String pattern) {
        return new Route(method, PathPatternParser.defaultInstance.parse(pattern));
    }
}
