package io.labelforce.workforce;

import io.labelforce.common.PageParams;
import org.jspecify.annotations.Nullable;

/** What ListWorkforces asks for, already validated. */
record WorkforceQuery(
        PageParams page,
        String sortBy,
        String order,
        String searchContent,
        @Nullable String workforceTaskId) {}
