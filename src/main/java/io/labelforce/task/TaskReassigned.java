package io.labelforce.task;

/**
 * Published in the transaction of an UpdateWorkforceTask that replaced the members of a started task; handled in
 * that same transaction (a plain event listener), so the copies move with the assignment or not at all.
 */
public record TaskReassigned(String projectId, String datasetId, String taskId) {}
