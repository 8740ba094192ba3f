package io.labelforce.dataset;

import com.fasterxml.jackson.annotation.JsonAlias;
import io.labelforce.common.FieldRules;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Body of UpdateDataset. Absent fields stay as they are. {@code add_tags} (the reference example's
 * spelling) is an alias of {@code add_labels}.
 */
record UpdateDatasetRequest(
        @Nullable @Pattern(regexp = DatasetRules.NAME, message = DatasetRules.NAME_MESSAGE)
        String datasetName,

        @Nullable @Size(max = 256) @Pattern(regexp = FieldRules.CHARSET_A, message = FieldRules.CHARSET_A_MESSAGE)
        String description,

        @Nullable @Size(max = 64) String currentVersionId,

        @JsonAlias("add_tags") @Nullable @Size(max = DatasetRules.MAX_LABELS)
        List<@NotNull @Valid Label> addLabels,

        @Nullable @Size(max = DatasetRules.MAX_LABELS) List<@NotNull @Valid Label> updateLabels,
        @Nullable @Size(max = DatasetRules.MAX_LABELS) List<@NotNull @Valid Label> deleteLabels,
        @Nullable String datasetId) {}
