package io.labelforce.dataset;

import io.labelforce.common.PageParams;
import org.jspecify.annotations.Nullable;

/** What ListDatasets asks for, already validated. */
record DatasetQuery(
        PageParams page,
        String sortBy,
        String order,
        String searchContent,
        @Nullable Integer datasetType,
        @Nullable String workspaceId,
        boolean withLabels) {}
