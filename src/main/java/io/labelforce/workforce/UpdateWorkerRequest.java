package io.labelforce.workforce;

import io.labelforce.common.FieldRules;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.annotation.JsonDeserialize;

/** Body of UpdateWorker: a partial update; {@code role} is 0–3 here (3 = dataset owner). No e-mail field. */
record UpdateWorkerRequest(
        @Nullable @Size(max = 256) @Pattern(regexp = FieldRules.CHARSET_A, message = FieldRules.CHARSET_A_MESSAGE)
        String description,

        @Nullable @Min(0) @Max(3) @JsonDeserialize(using = RoleDeserializer.class)
        Integer role) {

    @Nullable
    WorkerRole roleOrNull() {
        return role == null ? null : WorkerRole.of(role);
    }
}
