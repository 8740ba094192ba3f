package io.labelforce.sample;

import io.labelforce.dataset.Label;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/** Bodies of the label endpoints (CreateLabels, UpdateLabels, DeleteLabels) and the rule for names in paths. */
final class LabelRequests {

    /** At most this many labels per call, as a dataset holds at most 1000 labels. */
    static final int MAX_LABELS = 1000;

    /**
     * A label name in a URL path (UpdateLabel, DeleteLabelAndSamples): the dataset label rule, 1–64 characters
     * without {@code / \ ; %}, CHARSET-B ({@code ! < > = & " '}) or control characters.
     */
    static final Pattern NAME = Pattern.compile("[^/\\\\;%!<>=&\"'\\p{Cntrl}]{1,64}");

    static final String NAME_MESSAGE = "label_name: must be 1-64 characters without / \\ ; % ! < > = & \" '";

    private LabelRequests() {}

    /** CreateLabels and UpdateLabels: {@code {"labels": [Label]}}. */
    record Labels(@Nullable @Size(max = MAX_LABELS) List<@NotNull @Valid Label> labels) {

        List<Label> list() {
            return labels == null ? List.of() : labels;
        }
    }

    /** DeleteLabels: only the names are used; a name is required. */
    record Delete(@Nullable @Size(max = MAX_LABELS) List<@NotNull @Valid LabelName> labels) {

        List<String> names() {
            return labels == null
                    ? List.of()
                    : labels.stream().map(LabelName::name).distinct().toList();
        }
    }

    /** A label given by name; the other Label fields are accepted and not used. */
    record LabelName(
            @NotNull
            @jakarta.validation.constraints.Pattern(
                    regexp = "[^/\\\\;%!<>=&\"'\\p{Cntrl}]{1,64}",
                    message = "must be 1-64 characters without / \\ ; % ! < > = & \" '")
            String name,

            @Nullable Integer type,
            java.util.@Nullable Map<String, String> property,
            java.util.@Nullable List<Object> attributes) {}

    static void checkPathName(String name) {
        if (!NAME.matcher(name).matches()) {
            throw SampleErrors.invalid(NAME_MESSAGE);
        }
    }
}
