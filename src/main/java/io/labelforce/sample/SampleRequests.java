package io.labelforce.sample;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** Request bodies of 36, 38 and 40. Item rules that the reference reports per item are checked per item. */
final class SampleRequests {

    private SampleRequests() {}

    /** UploadSamplesJson (36). */
    record Upload(
            @Nullable List<@Valid @NotNull UploadSample> samples,
            @Nullable Boolean finalAnnotation,
            @Nullable Map<String, Object> labelFormat) {}

    /**
     * An UploadSample: the file either inline ({@code data}, base64 as the SDK sends it) or by reference to an
     * object already in storage ({@code source}, or {@code data_source.data_path}: {@code /bucket/key} or
     * {@code s3://bucket/key}).
     */
    record UploadSample(
            @Nullable String name,
            @Nullable String data,
            @Nullable @Size(max = 2048) String source,
            @Nullable Integer sampleType,

            @Nullable // spelled out case by case: the OpenAPI document needs an ECMA-262 pattern, which has no (?i)
            @Pattern(regexp = "[Uu][Tt][Ff]-8|[Gg][Bb][Kk]|[Gg][Bb]2312", message = "must be UTF-8, GBK or GB2312")
            String encoding,

            @Nullable @Size(max = 1000) List<@Valid @NotNull SampleLabel> labels,
            @Nullable @Size(max = 100) Map<String, Object> metadata,
            @Nullable Map<String, Object> dataSource) {}

    /** UpdateSamples (38): labels replace a sample's labels; an empty or absent list removes them. */
    record Label(@Nullable String email, @Nullable List<@Valid @NotNull SampleLabels> samples) {}

    /** A SampleLabels item of 38. */
    record SampleLabels(
            @NotNull @Size(min = 1, max = 64) String sampleId,
            @Nullable String workerId,
            @Nullable Integer sampleType,

            @Nullable @Pattern(regexp = "TRAIN|EVAL|TEST|INFERENCE", message = "must be TRAIN, EVAL, TEST or INFERENCE")
            String sampleUsage,

            @Nullable String source,
            @Nullable @Size(max = 100) Map<String, Object> metadata,
            @Nullable @Size(max = 1000) List<@Valid @NotNull SampleLabel> labels) {}

    /** DeleteSamples (40). */
    record Delete(
            @Nullable List<@NotNull @Size(max = 64) String> samples,
            @Nullable Boolean deleteSource) {}
}
