package io.labelforce.workforce;

import java.util.Collection;
import java.util.Set;

/**
 * Implemented by modules that refer to teams or members (team labeling tasks), so that this module can
 * refuse to delete what is still used without depending on them. Every bean of this type is asked; with
 * none, nothing is in use.
 *
 * <p>Called inside the deleting transaction after the team row is locked (see
 * {@link WorkforceDirectory#lockWorkforces}), so an answer cannot be overtaken by a concurrent assignment
 * that locked the team first. Implementations should answer with one query each.
 */
public interface WorkforceUsage {

    /** Whether something still refers to the team; if so, deleting it fails with 409 ModelArts.4603. */
    boolean isWorkforceInUse(String projectId, String workforceId);

    /**
     * Which of the team's members (by worker id) something still refers to; removing those fails with
     * 409 ModelArts.4628, the others are removed.
     */
    Set<String> workersInUse(String projectId, String workforceId, Collection<String> workerIds);

    /**
     * The teams a team labeling task uses, for the {@code workforce_task_id} filter of ListWorkforces.
     * Empty when the task is unknown to the implementation.
     */
    default Set<String> workforcesOfTask(String projectId, String workforceTaskId) {
        return Set.of();
    }
}
