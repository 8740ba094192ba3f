package io.labelforce.sample;

/** An import or sync task was created; its listener does the work after the creating transaction committed. */
record ImportRequested(String projectId, String datasetId, String taskId) {}
