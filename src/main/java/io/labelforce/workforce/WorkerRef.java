package io.labelforce.workforce;

/**
 * A team member as other modules see it (through {@link WorkforceDirectory}).
 *
 * @param workerId 32 hex digits
 * @param workforceId the member's team
 * @param email the normalised address ({@link WorkerEmails#normalise})
 * @param role {@link #LABELER}, {@link #REVIEWER}, {@link #TEAM_ADMINISTRATOR} or {@link #DATASET_OWNER}
 * @param status {@link #STATUS_NEW} (0), {@link #STATUS_INVITED} (1), {@link #STATUS_JOINED} (2) or
 *         {@link #STATUS_REMOVED} (3)
 */
public record WorkerRef(String workerId, String workforceId, String email, int role, int status) {

    public static final int LABELER = 0;
    public static final int REVIEWER = 1;
    public static final int TEAM_ADMINISTRATOR = 2;
    public static final int DATASET_OWNER = 3;

    /** Added; no invitation e-mail sent yet. */
    public static final int STATUS_NEW = 0;
    /** The invitation e-mail was sent; the member has not accepted it yet. */
    public static final int STATUS_INVITED = 1;
    /** The member accepted its invitation (logged in). */
    public static final int STATUS_JOINED = 2;
    /** Removed from the team (soft delete): in no list or count, but still resolvable for history. */
    public static final int STATUS_REMOVED = 3;

    /** Whether the member is still in the team (any status but {@link #STATUS_REMOVED}). */
    public boolean active() {
        return status != STATUS_REMOVED;
    }
}
