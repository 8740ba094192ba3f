package io.labelforce.sample;

import io.labelforce.common.FieldRules;
import io.labelforce.common.PageParams;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The auto-labeling pool (54, 55): the samples in state AUTO_ANNOTATION, awaiting confirmation. */
@RestController
@RequestMapping("/v2/{project_id}/datasets/{dataset_id}/auto-annotations/samples")
@Tag(name = "Auto-labeling samples", description = "Samples labeled automatically, to be confirmed (54, 55)")
class AutoAnnotationController {

    private final SampleService samples;
    private final SampleQueryParser queries;

    AutoAnnotationController(SampleService samples, SampleQueryParser queries) {
        this.samples = samples;
        this.queries = queries;
    }

    @GetMapping
    @Operation(summary = "List auto-labeled samples (ListAutoAnnotationSamples); offset is a zero-based page number")
    SampleResponses.SampleList list(
            @PathVariable("project_id") String projectId,
            @PathVariable("dataset_id") String datasetId,
            @RequestParam(defaultValue = "0") @Min(0) @Max(FieldRules.MAX_OFFSET) int offset,
            @RequestParam(defaultValue = "10") @Min(1) @Max(100) int limit,
            @RequestParam(defaultValue = "desc") @Pattern(regexp = FieldRules.ORDER, message = FieldRules.ORDER_MESSAGE)
                    String order,
            @RequestParam(name = "label_name", required = false) @Nullable @Size(max = 64) String labelName,
            @RequestParam(name = "label_type", required = false) @Nullable Integer labelType,
            @RequestParam(name = "low_score", required = false) @Nullable String lowScore,
            @RequestParam(name = "high_score", required = false) @Nullable String highScore,
            @RequestParam(name = "process_parameter", required = false) @Nullable @Size(max = 256)
                    String processParameter,
            @RequestParam(name = "search_conditions", required = false) @Nullable @Size(max = 8192)
                    String searchConditions) {
        SampleFilter filter = queries.filter(
                projectId,
                datasetId,
                new SampleQueryParser.Params(
                        SampleState.AUTO_ANNOTATION.name(),
                        null,
                        labelName,
                        lowScore,
                        highScore,
                        null,
                        searchConditions));
        return samples.list(filter, "desc".equalsIgnoreCase(order), new PageParams(offset, limit));
    }

    @GetMapping("/{sample_id}")
    @Operation(summary = "Auto-labeled sample details (DescribeAutoAnnotationSample); other samples are not found")
    SampleResponses.SampleView get(
            @PathVariable("project_id") String projectId,
            @PathVariable("dataset_id") String datasetId,
            @PathVariable("sample_id") String sampleId) {
        return samples.get(projectId, datasetId, sampleId, SampleState.AUTO_ANNOTATION);
    }
}
