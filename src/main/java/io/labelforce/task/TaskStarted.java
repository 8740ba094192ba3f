package io.labelforce.task;

/**
 * Published in the transaction that starts a task (status 6 or 4 → 0). The labeling module distributes the
 * samples after the commit and moves the task on to 1; the event publication registry keeps the event until
 * that handler returned, so a crash resumes the distribution.
 */
public record TaskStarted(String projectId, String datasetId, String taskId) {}
