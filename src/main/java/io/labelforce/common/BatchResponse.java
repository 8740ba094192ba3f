package io.labelforce.common;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The reference's BatchResponse envelope (DeleteWorkers, SendEmails, UpdateSamples, DeleteSamples): {@code success}
 * is true when every item succeeded; {@code results} has one entry per requested item, in request order. An
 * uploaded sample's item (UploadSamplesJson's UploadSampleResp) also carries {@code name} (where the file went)
 * and {@code info} (the sample id).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record BatchResponse(
        boolean success,
        @Nullable String name,
        @Nullable String info,
        @Nullable String errorCode,
        @Nullable String errorMsg,
        @Nullable List<BatchResponse> results) {

    public static BatchResponse ok() {
        return new BatchResponse(true, null, null, null, null, null);
    }

    public static BatchResponse failed(String errorCode, String errorMsg) {
        return failed(null, errorCode, errorMsg);
    }

    /** A failed item that names what it was about (an upload's file name). */
    public static BatchResponse failed(@Nullable String name, String errorCode, String errorMsg) {
        return new BatchResponse(false, name, null, errorCode, errorMsg, null);
    }

    /** An uploaded sample: where its file is, and its id. */
    public static BatchResponse uploaded(String name, String info) {
        return new BatchResponse(true, name, info, null, null, null);
    }

    public static BatchResponse of(List<BatchResponse> results) {
        return new BatchResponse(results.stream().allMatch(BatchResponse::success), null, null, null, null, results);
    }
}
