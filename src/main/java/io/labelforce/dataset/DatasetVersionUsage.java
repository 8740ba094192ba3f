package io.labelforce.dataset;

/**
 * Implemented by the module whose records are based on a dataset version (team labeling tasks), so that a version
 * in use is not deleted (ModelArts.4827) without the version's module depending on it.
 */
public interface DatasetVersionUsage {

    /** Whether something is based on this version of the dataset. */
    boolean isVersionUsed(String projectId, String datasetId, String versionId);
}
