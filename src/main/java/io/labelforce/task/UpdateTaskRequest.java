package io.labelforce.task;

import io.labelforce.common.FieldRules;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/**
 * Body of UpdateWorkforceTask, all optional: what is absent stays as it is; a {@code workforces_config}
 * replaces the whole assignment. {@code dataset_id} and {@code task_id}, when given, must match the path.
 */
record UpdateTaskRequest(
        @Nullable String datasetId,
        @Nullable String taskId,

        @Nullable @Pattern(regexp = FieldRules.NAME_64, message = FieldRules.NAME_64_MESSAGE)
        String taskName,

        @Nullable @Size(max = 256) @Pattern(regexp = FieldRules.CHARSET_A, message = FieldRules.CHARSET_A_MESSAGE)
        String description,

        @Nullable @Valid WorkforcesConfig workforcesConfig) {}
