package io.labelforce.dataset;

import java.util.Collection;
import java.util.Map;

/**
 * Implemented by modules whose data hangs off datasets (team labeling tasks), so that the dataset module
 * can report and respect that use without depending on them.
 */
public interface DatasetUsage {

    /** Team labeling tasks per dataset, for the given datasets of a project (datasets without any may be absent). */
    Map<String, Long> workforceTaskCounts(String projectId, Collection<String> datasetIds);

    /** Whether the dataset has a task that is not finished, which blocks its deletion (ModelArts.4803). */
    boolean hasUnfinishedTasks(String projectId, String datasetId);
}
