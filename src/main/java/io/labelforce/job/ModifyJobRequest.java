package io.labelforce.job;

import io.labelforce.common.FieldRules;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/** Body of {@code mod_label_job}: a new name, and a description that stays as it is when absent. */
record ModifyJobRequest(
        @NotNull @Pattern(regexp = FieldRules.NAME_64, message = FieldRules.NAME_64_MESSAGE)
        String name,

        @Nullable @Size(max = 256) @Pattern(regexp = FieldRules.CHARSET_A, message = FieldRules.CHARSET_A_MESSAGE)
        String description) {}
