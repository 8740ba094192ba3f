package io.labelforce.sample;

import io.labelforce.dataset.DatasetDirectory.DatasetSummary;
import io.labelforce.dataset.DatasetLabelEditor;
import io.labelforce.dataset.Label;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * Label names used on samples (UpdateSamples, UploadSamplesJson) that are not in the dataset's label set are added to
 * it, in the caller's transaction, as ModelArts' labeling does when a sample is labeled with a new label: a sample
 * never carries a label the dataset does not list. The new label takes the type the sample label gives (none, or
 * one that is not a label type: no type) and no properties (a sample label's properties, e.g. a box, describe that sample, not the label).
 */
@Component
class LabelVocabulary {

    /** The label types of the Label object (CreateDataset); another type on a sample label is not copied. */
    static final Set<Integer> LABEL_TYPES = Set.of(0, 1, 3, 100, 101, 102, 103, 200, 201, 202, 600);

    private final DatasetLabelEditor editor;

    LabelVocabulary(DatasetLabelEditor editor) {
        this.editor = editor;
    }

    /** Adds the names not yet in {@code dataset}'s labels; no statement at all when every name is known. */
    void addMissing(String projectId, DatasetSummary dataset, Collection<List<SampleLabel>> labels) {
        Set<String> known = new HashSet<>();
        dataset.labels().forEach(l -> known.add(l.name()));
        Map<String, Label> missing = new LinkedHashMap<>();
        labels.forEach(list -> list.forEach(l -> {
            if (!known.contains(l.name())) {
                Integer type = l.type() != null && LABEL_TYPES.contains(l.type()) ? l.type() : null;
                missing.putIfAbsent(l.name(), new Label(l.name(), type, null, null));
            }
        }));
        if (!missing.isEmpty()) {
            editor.addMissingLabels(projectId, dataset.datasetId(), List.copyOf(missing.values()));
        }
    }
}
