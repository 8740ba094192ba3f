package io.labelforce.workforce;

/**
 * A labeling team as other modules see it (through {@link WorkforceDirectory}).
 *
 * @param workforceId 19 alphanumerics
 * @param workforceName the team's name, unique in its project
 * @param workerCount the team's active members
 */
public record WorkforceRef(String workforceId, String workforceName, int workerCount) {}
