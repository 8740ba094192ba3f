package io.labelforce.dataset;

import java.util.List;
import java.util.Optional;

/** Read access to datasets for other modules (they never see the dataset entities). */
public interface DatasetDirectory {

    /** The dataset if it exists in the project. */
    Optional<DatasetSummary> find(String projectId, String datasetId);

    /** Sample counters of one dataset. */
    SampleCounts sampleCounts(String projectId, String datasetId);

    /** Label usage of one dataset by label name; labels never used may be absent. */
    java.util.Map<String, LabelCount> labelCounts(String projectId, String datasetId);

    /**
     * What another module needs to know about a dataset.
     *
     * @param dataSources where its data comes from: uploaded samples go under the first one's path
     * @param workPath its output directory (version manifests)
     */
    record DatasetSummary(
            String datasetId,
            String datasetName,
            int datasetType,
            List<Label> labels,
            List<DataSource> dataSources,
            String workPath) {}
}
