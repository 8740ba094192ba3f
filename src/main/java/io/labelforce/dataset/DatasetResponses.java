package io.labelforce.dataset;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/** Response bodies of the dataset API. */
final class DatasetResponses {

    private DatasetResponses() {}

    record DatasetId(String datasetId) {}

    record DatasetList(
            long totalNumber,
            List<DatasetView> datasets,
            @JsonProperty("workspaceId") String workspaceId) {}
}
