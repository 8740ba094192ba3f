package io.labelforce.task;

import io.labelforce.common.FieldRules;
import io.labelforce.dataset.Label;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Body of CreateWorkforceTask (ModelArts API Reference › Data Management › Creating a Team Labeling Task): the
 * documented fields plus those only the page's example shows.
 * {@code labels} default to the dataset's labels.
 */
record CreateTaskRequest(
        @NotNull @Pattern(regexp = FieldRules.NAME_64, message = FieldRules.NAME_64_MESSAGE)
        String taskName,

        @Nullable @Size(max = 256) @Pattern(regexp = FieldRules.CHARSET_A, message = FieldRules.CHARSET_A_MESSAGE)
        String description,

        @Nullable @Min(1) @Max(100) Integer repetition,
        @Nullable Boolean autoSyncDataset,
        @Nullable @Min(0) @Max(3) Integer dataSyncType,
        @Nullable @Size(max = 4096) String sampleConditions,
        @Nullable Boolean synchronizeData,
        @Nullable Boolean synchronizeAutoLabelingData,
        @Nullable @Valid WorkforcesConfig workforcesConfig,

        @Nullable @Pattern(regexp = "[A-Za-z0-9_-]{1,64}", message = "must be 1-64 letters, digits, '_' or '-'")
        String workspaceId,

        @Nullable @Min(0) @Max(1000) Integer taskType,
        @Nullable @Size(max = 64) String versionId,
        @Nullable @Size(max = 1000) List<@NotNull @Valid Label> labels) {}
