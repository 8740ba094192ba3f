package io.labelforce.dataset;

import org.jspecify.annotations.Nullable;

/** What ListDatasets asks for, already validated. */
record DatasetQuery(
        int offset,
        int limit,
        String sortBy,
        String order,
        String searchContent,
        @Nullable Integer datasetType,
        @Nullable String workspaceId,
        boolean withLabels) {}
