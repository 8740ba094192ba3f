package io.labelforce.dataset;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.labelforce.common.FieldRules;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A dataset label (the Label object of ModelArts API Reference › Data Management › Creating a Dataset, CreateDataset): the vocabulary samples are labeled with. Names are 1–64
 * characters without {@code / \ ; %} or CHARSET-B, so every label stays addressable in a URL.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Label(
        @NotNull @Pattern(regexp = Label.NAME, message = Label.NAME_MESSAGE)
        String name,

        @Nullable @LabelType Integer type,

        @Nullable @Size(max = 20)
        Map<
                        @Pattern(
                                regexp = "@modelarts:[a-z_]{1,32}",
                                message = "property keys must look like @modelarts:<name>")
                        String,
                        @Size(max = 256) @Pattern(regexp = FieldRules.CHARSET_B, message = FieldRules.CHARSET_B_MESSAGE)
                        String>
                property,

        @Nullable @Size(max = 100) List<@Valid LabelAttribute> attributes) {

    static final String NAME = "[^/\\\\;%!<>=&\"'\\p{Cntrl}]{1,64}";
    static final String NAME_MESSAGE = "must be 1-64 characters without / \\ ; % ! < > = & \" '";
    static final String RENAME_TO = "@modelarts:rename_to";

    /** A label attribute (the LabelAttribute object of the same page). */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record LabelAttribute(
            @Nullable @Size(max = 64) String id,

            @NotNull @Pattern(regexp = "[^<>=&\"']{1,64}", message = "must be 1-64 characters without < > = & \" '")
            String name,

            @Nullable @Pattern(regexp = "text|select", message = "must be 'text' or 'select'")
            String type,

            @Nullable @Size(max = 256) String defaultValue,
            @Nullable @Size(max = 100) List<@Valid AttributeValue> values) {}

    /** One value of a {@code select} attribute. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record AttributeValue(
            @Nullable @Size(max = 64) String id,
            @NotNull @Size(max = 256) String value) {}
}
