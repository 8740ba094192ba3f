package io.labelforce.sample;

import io.labelforce.common.BatchResponse;
import io.labelforce.common.FieldRules;
import io.labelforce.common.PageParams;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping(SampleController.SAMPLES)
@Tag(name = "Samples", description = "Dataset samples: files in object storage, labels in the database (36-40)")
class SampleController {

    static final String SAMPLES = "/v2/{project_id}/datasets/{dataset_id}/data-annotations/samples";

    private final SampleService samples;
    private final SampleUploadService uploads;
    private final SampleQueryParser queries;

    SampleController(SampleService samples, SampleUploadService uploads, SampleQueryParser queries) {
        this.samples = samples;
        this.uploads = uploads;
        this.queries = queries;
    }

    @PostMapping
    @Operation(summary = "Add samples in batches (UploadSamplesJson): base64 data or a reference to an object")
    BatchResponse upload(
            @PathVariable("project_id") String projectId,
            @PathVariable("dataset_id") String datasetId,
            @Valid @RequestBody SampleRequests.Upload request) {
        return uploads.upload(projectId, datasetId, request, Annotator.current());
    }

    @GetMapping
    @Operation(summary = "List samples (ListSamples); offset is a zero-based page number")
    SampleResponses.SampleList list(
            @PathVariable("project_id") String projectId,
            @PathVariable("dataset_id") String datasetId,
            @RequestParam(defaultValue = "0") @Min(0) @Max(FieldRules.MAX_OFFSET) int offset,
            @RequestParam(defaultValue = "10") @Min(1) @Max(100) int limit,
            @RequestParam(defaultValue = "desc") @Pattern(regexp = FieldRules.ORDER, message = FieldRules.ORDER_MESSAGE)
                    String order,
            @RequestParam(name = "sample_state", required = false) @Nullable @Size(max = 64) String sampleState,
            @RequestParam(name = "sample_type", required = false) @Nullable Integer sampleType,
            @RequestParam(name = "label_name", required = false) @Nullable @Size(max = 64) String labelName,
            @RequestParam(name = "label_type", required = false) @Nullable Integer labelType,
            @RequestParam(name = "low_score", required = false) @Nullable String lowScore,
            @RequestParam(name = "high_score", required = false) @Nullable String highScore,
            @RequestParam(required = false) @Nullable @Size(max = 256) String email,
            @RequestParam(name = "version_id", required = false) @Nullable @Size(max = 64) String versionId,
            @RequestParam(required = false) @Nullable Boolean preview,
            @RequestParam(name = "process_parameter", required = false) @Nullable @Size(max = 256)
                    String processParameter,
            @RequestParam(name = "search_conditions", required = false) @Nullable @Size(max = 8192)
                    String searchConditions,
            @RequestParam(defaultValue = FieldRules.DEFAULT_LOCALE)
                    @Pattern(regexp = FieldRules.LOCALE, message = FieldRules.LOCALE_MESSAGE)
                    String locale) {
        SampleFilter filter = queries.filter(
                projectId,
                datasetId,
                new SampleQueryParser.Params(
                        sampleState, sampleType, labelName, lowScore, highScore, versionId, searchConditions));
        return samples.list(filter, "desc".equalsIgnoreCase(order), new PageParams(offset, limit));
    }

    @GetMapping("/{sample_id}")
    @Operation(summary = "Sample details (DescribeSample), with a presigned, time-limited URL in source")
    SampleResponses.SampleView get(
            @PathVariable("project_id") String projectId,
            @PathVariable("dataset_id") String datasetId,
            @PathVariable("sample_id") String sampleId,
            @RequestParam(defaultValue = FieldRules.DEFAULT_LOCALE)
                    @Pattern(regexp = FieldRules.LOCALE, message = FieldRules.LOCALE_MESSAGE)
                    String locale) {
        return samples.get(projectId, datasetId, sampleId);
    }

    @PutMapping
    @Operation(summary = "Label samples in batches (UpdateSamples): the labels replace the sample's labels")
    BatchResponse label(
            @PathVariable("project_id") String projectId,
            @PathVariable("dataset_id") String datasetId,
            @Valid @RequestBody SampleRequests.Label request) {
        return samples.label(projectId, datasetId, request, Annotator.current());
    }

    @PostMapping("/delete")
    @Operation(summary = "Delete samples in batches (DeleteSamples); delete_source also deletes the files")
    BatchResponse delete(
            @PathVariable("project_id") String projectId,
            @PathVariable("dataset_id") String datasetId,
            @Valid @RequestBody SampleRequests.Delete request) {
        return samples.delete(projectId, datasetId, request);
    }
}
