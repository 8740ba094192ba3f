package io.labelforce.workforce;

import io.labelforce.common.PageParams;
import org.jspecify.annotations.Nullable;

/** What ListWorkers and ListAllWorkers ask for, already validated; {@code role} null = every role. */
record WorkerQuery(
        PageParams page,
        String sortBy,
        String order,
        @Nullable WorkerRole role) {}
