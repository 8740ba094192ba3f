package io.labelforce.sample;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A label on a sample (the SampleLabel object of ModelArts API Reference › Data Management › UpdateSamples). The name follows the dataset label rule (1–64 characters
 * without {@code / \ ; %} or CHARSET-B) so it stays addressable in URLs; properties are kept as sent. Public: the
 * labeling module's copies carry the same labels.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record SampleLabel(
        @NotNull
        @Pattern(
                regexp = "[^/\\\\;%!<>=&\"'\\p{Cntrl}]{1,64}",
                message = "must be 1-64 characters without / \\ ; % ! < > = & \" '")
        String name,

        @Nullable Integer type,
        @Nullable @Size(max = 64) String id,
        @Nullable @Size(max = 50) Map<String, Object> property,
        @Nullable Float score,

        @Nullable @Pattern(regexp = "human|auto", message = "must be 'human' or 'auto'")
        String annotatedBy) {}
