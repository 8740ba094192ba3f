package io.labelforce.dataset;

import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * Changes a dataset's label vocabulary for other modules (the sample module's label endpoints), inside the caller's
 * transaction, with the dataset row locked so concurrent edits queue. Failures are the dataset module's errors:
 * 404 {@code ModelArts.4352} unknown dataset, 400 {@code ModelArts.4410} unknown label, 409 {@code ModelArts.4411}
 * a name that exists; a failing call changes nothing.
 */
public interface DatasetLabelEditor {

    /** Adds labels; every name must be new. */
    void addLabels(String projectId, String datasetId, List<Label> labels);

    /**
     * Adds the labels whose names are not in the vocabulary yet and leaves the others as they are (labels first used
     * on samples, UpdateSamples). Checked under the dataset row's lock, so concurrent callers never fail on a name
     * the other one just added.
     */
    void addMissingLabels(String projectId, String datasetId, List<Label> labels);

    /**
     * Updates labels found by name (property merge, renames through {@code @modelarts:rename_to}).
     *
     * @return the renames, old name to new name
     */
    Map<String, String> updateLabels(String projectId, String datasetId, List<Label> updates);

    /** Removes the labels with these names; every name must exist. */
    void deleteLabels(String projectId, String datasetId, Collection<String> names);
}
