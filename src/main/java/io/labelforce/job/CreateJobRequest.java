package io.labelforce.job;

import io.labelforce.common.FieldRules;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/** Body of {@code create_label_job}. Limits the reference leaves open are in docs/api-decisions.md. */
record CreateJobRequest(
        @NotNull @Pattern(regexp = FieldRules.NAME_64, message = FieldRules.NAME_64_MESSAGE)
        String name,

        @Nullable @Size(max = 256) @Pattern(regexp = FieldRules.CHARSET_A, message = FieldRules.CHARSET_A_MESSAGE)
        String description,

        @NotNull @Pattern(regexp = "OBS|filter job", message = "must be 'OBS' or 'filter job'")
        String dataType,

        @Nullable
        @Size(min = 1, max = 1024)
        @Pattern(regexp = "[^\\p{Cntrl}]*", message = "must not contain control characters")
        String path,

        @Nullable @Pattern(regexp = FieldRules.NAME_64, message = FieldRules.NAME_64_MESSAGE)
        String filterId,

        @NotNull
        @Pattern(
                regexp = "Manual Image classify|Manual Object detection",
                message = "must be 'Manual Image classify' or 'Manual Object detection'")
        String type) {}
