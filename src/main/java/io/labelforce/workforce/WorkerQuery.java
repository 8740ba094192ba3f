package io.labelforce.workforce;

import org.jspecify.annotations.Nullable;

/** What ListWorkers and ListAllWorkers ask for, already validated; {@code role} null = every role. */
record WorkerQuery(
        int offset,
        int limit,
        String sortBy,
        String order,
        @Nullable Integer role) {}
