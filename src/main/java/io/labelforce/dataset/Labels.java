package io.labelforce.dataset;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The label edits of UpdateDataset, applied in a fixed order: delete, then update (with renames through
 * {@code @modelarts:rename_to}), then add. Names stay unique within a dataset.
 */
final class Labels {

    private Labels() {}

    static void requireUniqueNames(List<Label> labels) {
        Set<String> seen = new HashSet<>();
        for (Label label : labels) {
            if (!seen.add(label.name())) {
                throw DatasetErrors.labelExists(label.name());
            }
        }
    }

    static List<Label> apply(List<Label> current, List<Label> delete, List<Label> update, List<Label> add) {
        Map<String, Label> byName = new LinkedHashMap<>();
        current.forEach(label -> byName.put(label.name(), label));
        for (Label gone : delete) {
            if (byName.remove(gone.name()) == null) {
                throw DatasetErrors.labelNotFound(gone.name());
            }
        }
        for (Label change : update) {
            Label existing = byName.get(change.name());
            if (existing == null) {
                throw DatasetErrors.labelNotFound(change.name());
            }
            Label updated = merge(existing, change);
            if (!updated.name().equals(existing.name()) && byName.containsKey(updated.name())) {
                throw DatasetErrors.labelExists(updated.name());
            }
            replace(byName, existing.name(), updated);
        }
        for (Label label : add) {
            if (byName.putIfAbsent(label.name(), label) != null) {
                throw DatasetErrors.labelExists(label.name());
            }
        }
        return new ArrayList<>(byName.values());
    }

    /** Given properties overwrite, {@code rename_to} renames; type and attributes are replaced when given. */
    private static Label merge(Label existing, Label change) {
        Map<String, String> property = new HashMap<>(existing.property() == null ? Map.of() : existing.property());
        if (change.property() != null) {
            property.putAll(change.property());
        }
        String name = property.remove(Label.RENAME_TO);
        if (name != null && !name.matches(Label.NAME)) {
            throw DatasetErrors.invalid("update_labels: @modelarts:rename_to " + Label.NAME_MESSAGE);
        }
        return new Label(
                name != null ? name : existing.name(),
                change.type() != null ? change.type() : existing.type(),
                property.isEmpty() ? null : property,
                change.attributes() != null ? change.attributes() : existing.attributes());
    }

    private static void replace(Map<String, Label> byName, String oldName, Label updated) {
        Map<String, Label> copy = new LinkedHashMap<>(byName);
        byName.clear();
        copy.forEach((name, label) ->
                byName.put(name.equals(oldName) ? updated.name() : name, name.equals(oldName) ? updated : label));
    }
}
