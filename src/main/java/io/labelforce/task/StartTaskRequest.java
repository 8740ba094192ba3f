package io.labelforce.task;

import jakarta.validation.Valid;
import org.jspecify.annotations.Nullable;

/** Body of StartWorkforceTask, all optional: a {@code workforces_config} replaces the assignment first. */
record StartTaskRequest(
        @Nullable String datasetId,
        @Nullable String taskId,
        @Nullable @Valid WorkforcesConfig workforcesConfig) {}
