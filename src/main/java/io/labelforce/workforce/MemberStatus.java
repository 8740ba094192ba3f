package io.labelforce.workforce;

/**
 * The member status changes that happen outside this module's API: an invitation e-mail was sent (0 → 1),
 * the member accepted it (0/1 → 2). Each is one conditional update in the caller's transaction (or a new
 * one), so a status never goes backwards and a removed member (3) is never revived.
 */
public interface MemberStatus {

    /** Status 0 → 1. False when the member does not exist or is not in status 0 (nothing changes). */
    boolean markInvited(String projectId, String workforceId, String workerId);

    /** Status 0 or 1 → 2. False when the member does not exist, is removed, or has already joined. */
    boolean markJoined(String projectId, String workforceId, String workerId);
}
