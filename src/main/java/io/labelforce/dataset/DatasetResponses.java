package io.labelforce.dataset;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Response bodies of the dataset API. */
final class DatasetResponses {

    private DatasetResponses() {
    }

    record DatasetId(String datasetId) {
    }

    record DatasetList(long totalNumber, List<DatasetView> datasets, @JsonProperty("workspaceId") String workspaceId) {
    }
}
