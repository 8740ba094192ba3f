package io.labelforce.workforce;

import io.labelforce.common.FieldRules;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/** Body of CreateWorkforce. */
record CreateWorkforceRequest(
        @NotNull @Pattern(regexp = FieldRules.NAME_64, message = FieldRules.NAME_64_MESSAGE)
        String workforceName,

        @Nullable @Size(max = 256) @Pattern(regexp = FieldRules.CHARSET_A, message = FieldRules.CHARSET_A_MESSAGE)
        String description) {}
