package io.labelforce.workforce;

import org.jspecify.annotations.Nullable;

/** What ListWorkforces asks for, already validated. */
record WorkforceQuery(
        int offset,
        int limit,
        String sortBy,
        String order,
        String searchContent,
        @Nullable String workforceTaskId) {}
