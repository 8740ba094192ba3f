package io.labelforce.common;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The reference's BatchResponse envelope (DeleteWorkers, SendEmails): {@code success} is true when every item
 * succeeded; {@code results} has one entry per requested item, in request order.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record BatchResponse(
        boolean success,
        @Nullable String errorCode,
        @Nullable String errorMsg,
        @Nullable List<BatchResponse> results) {

    public static BatchResponse ok() {
        return new BatchResponse(true, null, null, null);
    }

    public static BatchResponse failed(String errorCode, String errorMsg) {
        return new BatchResponse(false, errorCode, errorMsg, null);
    }

    public static BatchResponse of(List<BatchResponse> results) {
        return new BatchResponse(results.stream().allMatch(BatchResponse::success), null, null, results);
    }
}
