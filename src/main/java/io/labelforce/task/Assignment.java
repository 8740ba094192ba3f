package io.labelforce.task;

import io.labelforce.workforce.WorkerRef;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** A validated {@code workforces_config}: existing teams of the project and their active members. */
record Assignment(@Nullable String agency, List<Team> teams) {

    record Team(String workforceId, List<WorkerRef> workers) {}
}
