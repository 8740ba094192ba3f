package io.labelforce.labeling;

import io.labelforce.common.FieldRules;
import io.labelforce.sample.SampleLabel;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** Request bodies of the member endpoints (UpdateWorkforceTaskSamples, ReviewSamples). */
final class CopyRequests {

    /** Most items per labeling or review call. */
    static final int MAX_BATCH = 1000;

    private CopyRequests() {}

    /** UpdateWorkforceTaskSamples (29): {@code email}, if given, must be the caller's. */
    record LabelRequest(
            @Nullable @Size(max = 254) String email,
            @NotNull @Size(min = 1, max = MAX_BATCH) List<@NotNull @Valid LabelItem> samples) {}

    /**
     * One SampleLabels item: {@code labels} replaces the copy's labels (empty or absent removes them all);
     * {@code sample_type}, {@code sample_usage}, {@code source} and {@code metadata} are accepted and not stored
     * on the copy (decision W27).
     */
    record LabelItem(
            @NotNull @Size(min = 1, max = 64) String sampleId,
            @Nullable @Size(max = 64) String workerId,
            @Nullable Integer sampleType,

            @Nullable @Pattern(regexp = "TRAIN|EVAL|TEST|INFERENCE", message = "must be TRAIN, EVAL, TEST or INFERENCE")
            String sampleUsage,

            @Nullable @Size(max = 2048) String source,
            @Nullable Map<String, Object> metadata,
            @Nullable @Size(max = 1000) List<@NotNull @Valid SampleLabel> labels) {}

    /** ReviewSamples (30) and AcceptSamples (26). */
    record CommentRequest(@Nullable @Size(max = MAX_BATCH) List<@NotNull @Valid SampleComment> comments) {}

    /** A SampleComment; {@code sample_id} is required here (the reference marks only {@code accept}). */
    record SampleComment(
            @NotNull Boolean accept,

            @Nullable @Size(max = 256) @Pattern(regexp = FieldRules.CHARSET_B, message = FieldRules.CHARSET_B_MESSAGE)
            String comment,

            @NotNull @Size(min = 1, max = 64) String sampleId,

            @Nullable @Pattern(regexp = "[ABCD]", message = "must be A, B, C or D")
            String score,

            @Nullable @Size(max = 64) String workerId) {}
}
