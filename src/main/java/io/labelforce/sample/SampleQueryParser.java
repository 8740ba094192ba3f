package io.labelforce.sample;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Turns the query of ListSamples (37) into a {@link SampleFilter}; a value it cannot read is a 400 naming the
 * parameter. {@code search_conditions} is a JSON array of SearchCondition objects (the SearchCondition object of
 * the ModelArts team-labeling pages), ANDed; {@link #SUPPORTED} are read, the other keys are refused by name.
 */
@Component
class SampleQueryParser {

    private static final Set<Integer> SAMPLE_TYPES = Set.of(0, 1, 2, 4, 6, 9);

    static final String SUPPORTED = "label_list, sample_name, labeler, sample_dir, sample_time";

    private final JsonMapper json;
    private final VersionStore versions;
    private final SearchConditions conditions;

    SampleQueryParser(JsonMapper json, VersionStore versions, SearchConditions conditions) {
        this.json = json;
        this.versions = versions;
        this.conditions = conditions;
    }

    record Params(
            @Nullable String sampleState,
            @Nullable Integer sampleType,
            @Nullable String labelName,
            @Nullable String lowScore,
            @Nullable String highScore,
            @Nullable String versionId,
            @Nullable String searchConditions) {}

    SampleFilter filter(String projectId, String datasetId, Params p) {
        String versionId = p.versionId() == null || p.versionId().isEmpty() ? null : p.versionId();
        if (versionId != null && !versions.exists(projectId, datasetId, versionId)) {
            throw VersionErrors.notFound(versionId);
        }
        SampleState state = null;
        if (p.sampleState() != null && !p.sampleState().isBlank()) {
            state = SampleState.parse(p.sampleState())
                    .orElseThrow(() -> SampleErrors.invalid(
                            "sample_state: must be NONE/UN_ANNOTATION, ALL/MANUAL_ANNOTATION or AUTO_ANNOTATION"));
        }
        if (p.sampleType() != null && !SAMPLE_TYPES.contains(p.sampleType())) {
            throw SampleErrors.invalid("sample_type: must be one of 0, 1, 2, 4, 6, 9");
        }
        List<String> all = new ArrayList<>();
        List<String> any = new ArrayList<>();
        if (p.labelName() != null && !p.labelName().isEmpty()) {
            all.add(p.labelName());
        }
        String[] name = {null};
        SampleFilter.Extra[] extra = {SampleFilter.Extra.NONE};
        if (p.searchConditions() != null && !p.searchConditions().isBlank()) {
            readConditions(p.searchConditions(), all, any, name, extra);
        }
        return new SampleFilter(
                projectId,
                datasetId,
                state,
                p.sampleType(),
                all,
                any,
                name[0],
                score("low_score", p.lowScore()),
                score("high_score", p.highScore()),
                extra[0],
                versionId);
    }

    private void readConditions(
            String text, List<String> all, List<String> any, @Nullable String[] name, SampleFilter.Extra[] extra) {
        JsonNode root;
        try {
            root = json.readTree(text);
        } catch (JacksonException e) {
            throw SampleErrors.invalid("search_conditions: must be a JSON array of search conditions");
        }
        if (root.isObject()) {
            root = json.createArrayNode().add(root);
        }
        if (!root.isArray()) {
            throw SampleErrors.invalid("search_conditions: must be a JSON array of search conditions");
        }
        for (JsonNode condition : root) {
            for (var field : condition.properties()) {
                switch (field.getKey()) {
                    case "label_list" -> labels(field.getValue(), all, any);
                    case "sample_name" -> name[0] = field.getValue().asString();
                    case "labeler" -> extra[0] = conditions.labeler(extra[0], field.getValue());
                    case "sample_dir" -> extra[0] = conditions.sampleDir(extra[0], field.getValue());
                    case "sample_time" -> extra[0] = conditions.sampleTime(extra[0], field.getValue());
                    default ->
                        throw SampleErrors.invalid(
                                "search_conditions: '" + field.getKey() + "' is not supported (" + SUPPORTED + ")");
                }
            }
        }
    }

    private static void labels(JsonNode list, List<String> all, List<String> any) {
        String op = list.path("op").asString("OR").toUpperCase(Locale.ROOT);
        if (!op.equals("AND") && !op.equals("OR")) {
            throw SampleErrors.invalid("search_conditions: label_list.op must be AND or OR");
        }
        for (JsonNode label : list.path("labels")) {
            String labelName = label.path("name").asString("");
            if (labelName.isEmpty()) {
                throw SampleErrors.invalid("search_conditions: label_list.labels[].name is required");
            }
            (op.equals("AND") ? all : any).add(labelName);
        }
    }

    private static @Nullable Double score(String parameter, @Nullable String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            double score = Double.parseDouble(value);
            if (score >= 0 && score <= 1) {
                return score;
            }
        } catch (NumberFormatException e) {
            // answered below
        }
        throw SampleErrors.invalid(parameter + ": must be a number between 0 and 1");
    }
}
