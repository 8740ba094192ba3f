package io.labelforce.common;

import org.springframework.http.server.PathContainer;
import org.springframework.util.unit.DataSize;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

/**
 * A route whose request bodies may be larger (or must be smaller) than {@code labelforce.http.max-body-size}.
 * A module declares one as a bean; the first matching route sets the limit.
 *
 * @param method the HTTP method, e.g. {@code POST}
 * @param pattern a path pattern such as {@code /v2/{project_id}/datasets/{dataset_id}/data-annotations/samples}
 * @param maxBodySize the limit for that route
 */
public record BodyLimitRoute(String method, String pattern, DataSize maxBodySize) {

    boolean matches(String requestMethod, String requestUri) {
        if (!method.equalsIgnoreCase(requestMethod)) {
            return false;
        }
        PathPattern parsed = PathPatternParser.defaultInstance.parse(pattern);
        return parsed.matches(PathContainer.parsePath(requestUri));
    }
}
