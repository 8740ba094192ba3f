package io.labelforce.workforce;

import io.labelforce.common.FieldRules;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * Body of CreateWorker. {@code emails} is one address despite the plural; it is normalised here, before
 * validation, so that the rules and the uniqueness check see what is stored. {@code role} is 0–2 and may
 * come as a number or a numeric string ({@code "2"} in the reference's example).
 */
record CreateWorkerRequest(
        @NotNull
        @Size(max = WorkerEmails.MAX_LENGTH)
        @Pattern(regexp = WorkerEmails.PATTERN, message = WorkerEmails.MESSAGE)
        String emails,

        @NotNull @Min(0) @Max(2) @JsonDeserialize(using = RoleDeserializer.class)
        Integer role,

        @Nullable @Size(max = 256) @Pattern(regexp = FieldRules.CHARSET_A, message = FieldRules.CHARSET_A_MESSAGE)
        String description) {

    CreateWorkerRequest {
        if (emails != null) {
            emails = WorkerEmails.normalise(emails);
        }
    }
}
