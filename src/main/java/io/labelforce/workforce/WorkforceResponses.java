package io.labelforce.workforce;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** Response bodies of the workforce API. */
final class WorkforceResponses {

    private WorkforceResponses() {}

    record Created(String workforceId) {}

    record WorkforceList(long totalNumber, List<WorkforceView> workforces) {}

    record WorkerList(long totalNumber, List<WorkerView> workers) {}

    /**
     * The reference's BatchResponse envelope: {@code success} is true when every item succeeded;
     * {@code results} has one entry per requested id, in request order.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record BatchResponse(
            boolean success,
            @Nullable String errorCode,
            @Nullable String errorMsg,
            @Nullable List<BatchResponse> results) {

        static BatchResponse ok() {
            return new BatchResponse(true, null, null, null);
        }

        static BatchResponse failed(String errorCode, String errorMsg) {
            return new BatchResponse(false, errorCode, errorMsg, null);
        }

        static BatchResponse of(List<BatchResponse> results) {
            return new BatchResponse(results.stream().allMatch(BatchResponse::success), null, null, results);
        }
    }
}
