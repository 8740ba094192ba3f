package io.labelforce.labeling;

import io.labelforce.common.FieldRules;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import org.jspecify.annotations.Nullable;

/** Request bodies of CreateWorkforceSamplingTask and UpdateWorkforceSamplingTask. */
final class AcceptanceRequests {

    private AcceptanceRequests() {}

    /** Exactly one of the two: a rate in (0, 1], or a number of copies (1 – 1,000,000). */
    record Create(
            @Nullable @DecimalMin(value = "0", inclusive = false) @DecimalMax("1")
            Double samplingRate,

            @Nullable @Min(1) @Max(1_000_000) Integer samplingNum) {}

    /** {@code overwrite_last_result} is accepted and ignored (decision W31). */
    record Finish(
            @Nullable @Min(0) @Max(5) Integer action,
            @Nullable Boolean overwriteLastResult,

            @Nullable @Pattern(regexp = FieldRules.LOCALE, message = FieldRules.LOCALE_MESSAGE)
            String locale) {}
}
