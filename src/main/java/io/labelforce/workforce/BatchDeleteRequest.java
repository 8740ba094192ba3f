package io.labelforce.workforce;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** Body of DeleteWorkers: the worker ids to remove (absent or empty: nothing to do). */
record BatchDeleteRequest(@Nullable @Size(max = 1000) List<@NotNull String> workers) {

    List<String> ids() {
        return workers == null ? List.of() : workers;
    }
}
