package io.labelforce.workforce;

import io.labelforce.common.FieldRules;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/** Body of UpdateWorkforce: a partial update, absent fields stay as they are. */
record UpdateWorkforceRequest(
        @Nullable @Pattern(regexp = FieldRules.NAME_64, message = FieldRules.NAME_64_MESSAGE)
        String workforceName,

        @Nullable @Size(max = 256) @Pattern(regexp = FieldRules.CHARSET_A, message = FieldRules.CHARSET_A_MESSAGE)
        String description) {}
