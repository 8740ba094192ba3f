package io.labelforce.dataset;

import io.labelforce.common.FieldRules;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** Body of CreateDataset; table-dataset and import options are accepted and ignored (api-decisions). */
record CreateDatasetRequest(
        @NotNull @Pattern(regexp = DatasetRules.NAME, message = DatasetRules.NAME_MESSAGE)
        String datasetName,

        @Nullable @DatasetType Integer datasetType,

        @Nullable @Size(max = 256) @Pattern(regexp = FieldRules.CHARSET_A, message = FieldRules.CHARSET_A_MESSAGE)
        String description,

        @NotNull @Pattern(regexp = DatasetRules.WORK_PATH, message = DatasetRules.WORK_PATH_MESSAGE)
        String workPath,

        @NotNull @Min(0) @Max(0) Integer workPathType,
        @Nullable @Size(max = 100) List<@NotNull @Valid DataSource> dataSources,
        @Nullable @Size(max = DatasetRules.MAX_LABELS) List<@NotNull @Valid Label> labels,

        @Nullable @Pattern(regexp = "[A-Za-z0-9_-]{1,64}", message = "must be 1-64 letters, digits, '_' or '-'")
        String workspaceId,

        @Nullable Object workforceInformation) {}
