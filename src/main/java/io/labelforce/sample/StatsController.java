package io.labelforce.sample;

import io.labelforce.common.FieldRules;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/v2/{project_id}/datasets/{dataset_id}")
@Tag(name = "Sample statistics", description = "Search-condition options, statistics and metrics (41, 42, 49)")
class StatsController {

    private final StatsService stats;

    StatsController(StatsService stats) {
        this.stats = stats;
    }

    @GetMapping("/data-annotations/search-condition")
    @Operation(summary = "Search-condition options (ListSearch): the dataset's labels and the labelers")
    StatsResponses.SearchOptions searchOptions(
            @PathVariable("project_id") String projectId, @PathVariable("dataset_id") String datasetId) {
        return stats.searchOptions(projectId, datasetId);
    }

    @GetMapping("/data-annotations/stats")
    @Operation(summary = "Dataset statistics (ListStats), from maintained counters")
    StatsResponses.DatasetStats stats(
            @PathVariable("project_id") String projectId,
            @PathVariable("dataset_id") String datasetId,
            @RequestParam(name = "sample_state", required = false) @Nullable @Size(max = 64) String sampleState,
            @RequestParam(required = false) @Nullable @Size(max = 256) String email,
            @RequestParam(defaultValue = FieldRules.DEFAULT_LOCALE)
                    @Pattern(regexp = FieldRules.LOCALE, message = FieldRules.LOCALE_MESSAGE)
                    String locale) {
        SampleState state = null;
        if (sampleState != null && !sampleState.isBlank()) {
            state = SampleState.parse(sampleState)
                    .orElseThrow(() -> SampleErrors.invalid(
                            "sample_state: must be NONE/UN_ANNOTATION, ALL/MANUAL_ANNOTATION or AUTO_ANNOTATION"));
        }
        return stats.stats(projectId, datasetId, state);
    }

    @GetMapping("/metrics")
    @Operation(summary = "Dataset monitoring data (GetDatasetMetrics); times are epoch milliseconds")
    StatsResponses.Metrics metrics(
            @PathVariable("project_id") String projectId,
            @PathVariable("dataset_id") String datasetId,
            @RequestParam("start_time") long startTime,
            @RequestParam("end_time") long endTime,
            @RequestParam(name = "workforce_task_id", required = false) @Nullable @Size(max = 64)
                    String workforceTaskId) {
        return stats.metrics(projectId, datasetId, startTime, endTime);
    }
}
