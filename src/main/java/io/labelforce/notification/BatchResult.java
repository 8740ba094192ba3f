package io.labelforce.notification;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The reference's BatchResponse envelope: {@code success} is true when every item succeeded; {@code results}
 * has one entry per requested item, in request order.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record BatchResult(
        boolean success,
        @Nullable String errorCode,
        @Nullable String errorMsg,
        @Nullable List<BatchResult> results) {

    static BatchResult ok() {
        return new BatchResult(true, null, null, null);
    }

    static BatchResult failed(String errorCode, String errorMsg) {
        return new BatchResult(false, errorCode, errorMsg, null);
    }

    static BatchResult of(List<BatchResult> results) {
        return new BatchResult(results.stream().allMatch(BatchResult::success), null, null, results);
    }
}
