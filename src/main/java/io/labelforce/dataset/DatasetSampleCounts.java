package io.labelforce.dataset;

import java.util.Collection;
import java.util.Map;

/**
 * Implemented by the module that owns samples, so that dataset views show real counts without the dataset module
 * depending on it. Answers from maintained counters: O(1) per dataset, one query per call.
 */
public interface DatasetSampleCounts {

    /** Counters of the given datasets of a project; datasets without samples may be absent. */
    Map<String, SampleCounts> sampleCounts(String projectId, Collection<String> datasetIds);

    /** Label usage of one dataset by label name, from maintained counters; labels never used may be absent. */
    default Map<String, LabelCount> labelCounts(String projectId, String datasetId) {
        return Map.of();
    }
}
