package io.labelforce.workforce;

/**
 * A team member as other modules see it (through {@link WorkforceDirectory}).
 *
 * @param workerId 32 hex digits
 * @param workforceId the member's team
 * @param email the normalised address ({@link WorkerEmails#normalise})
 */
public record WorkerRef(String workerId, String workforceId, String email, WorkerRole role, WorkerStatus status) {

    /** Whether the member is still in the team (any status but {@link WorkerStatus#REMOVED}). */
    public boolean active() {
        return status != WorkerStatus.REMOVED;
    }
}
