package io.labelforce.dataset;

import java.time.Clock;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** {@link DatasetLabelEditor} on the dataset row, with {@link Labels}' rules (those of UpdateDataset). */
@Service
@Transactional
class DatasetLabelService implements DatasetLabelEditor {

    private final DatasetRepository repository;
    private final Clock clock;

    DatasetLabelService(DatasetRepository repository, Clock clock) {
        this.repository = repository;
        this.clock = clock;
    }

    @Override
    public void addLabels(String projectId, String datasetId, List<Label> labels) {
        Labels.requireUniqueNames(labels);
        DatasetEntity dataset = lock(projectId, datasetId);
        save(dataset, Labels.apply(dataset.getLabels(), List.of(), List.of(), labels));
    }

    @Override
    public void addMissingLabels(String projectId, String datasetId, List<Label> labels) {
        DatasetEntity dataset = lock(projectId, datasetId);
        java.util.Set<String> present = new java.util.HashSet<>();
        dataset.getLabels().forEach(l -> present.add(l.name()));
        List<Label> missing = labels.stream().filter(l -> present.add(l.name())).toList();
        if (!missing.isEmpty()) {
            save(dataset, Labels.apply(dataset.getLabels(), List.of(), List.of(), missing));
        }
    }

    @Override
    public Map<String, String> updateLabels(String projectId, String datasetId, List<Label> updates) {
        DatasetEntity dataset = lock(projectId, datasetId);
        save(dataset, Labels.apply(dataset.getLabels(), List.of(), updates, List.of()));
        // follow each label through the batch: a label renamed twice maps from its first to its last name
        Map<String, String> current = new LinkedHashMap<>();
        for (Label update : updates) {
            String renamed =
                    update.property() == null ? null : update.property().get(Label.RENAME_TO);
            if (renamed == null) {
                continue;
            }
            String original = current.entrySet().stream()
                    .filter(e -> e.getValue().equals(update.name()))
                    .map(Map.Entry::getKey)
                    .findFirst()
                    .orElse(update.name());
            current.put(original, renamed);
        }
        Map<String, String> renames = new HashMap<>();
        current.forEach((from, to) -> {
            if (!from.equals(to)) {
                renames.put(from, to);
            }
        });
        return renames;
    }

    @Override
    public void deleteLabels(String projectId, String datasetId, Collection<String> names) {
        DatasetEntity dataset = lock(projectId, datasetId);
        List<Label> gone =
                names.stream().map(n -> new Label(n, null, null, null)).toList();
        save(dataset, Labels.apply(dataset.getLabels(), gone, List.of(), List.of()));
    }

    private DatasetEntity lock(String projectId, String datasetId) {
        return repository
                .lockByIdAndProjectId(datasetId, projectId)
                .orElseThrow(() -> DatasetErrors.notFound(datasetId));
    }

    private void save(DatasetEntity dataset, List<Label> labels) {
        dataset.replaceLabels(labels);
        dataset.touch(clock.instant());
        repository.flush();
    }
}
