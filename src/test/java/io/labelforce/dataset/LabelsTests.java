package io.labelforce.dataset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.labelforce.common.DomainException;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/** {@link Labels} without Spring: the order of the edits, renames and the uniqueness of names. */
class LabelsTests {

    private static final List<Label> CURRENT = List.of(label("Cat", 1, null), label("Dog", 1, null));

    @Test
    void deletesThenUpdatesThenAddsKeepingTheOrder() {
        List<Label> result = Labels.apply(
                CURRENT,
                List.of(label("Dog", null, null)),
                List.of(label("Cat", 2, Map.of("@modelarts:color", "#ff0000"))),
                List.of(label("Dog", 1, null), label("Bird", null, null)));
        assertThat(result).extracting(Label::name).containsExactly("Cat", "Dog", "Bird");
        assertThat(result.get(0).type()).isEqualTo(2);
        assertThat(result.get(0).property()).containsExactly(Map.entry("@modelarts:color", "#ff0000"));
    }

    @Test
    void renameToRenamesInPlaceAndIsNotKeptAsAProperty() {
        List<Label> result = Labels.apply(
                CURRENT, List.of(), List.of(label("Cat", null, Map.of("@modelarts:rename_to", "Kitten"))), List.of());
        assertThat(result).extracting(Label::name).containsExactly("Kitten", "Dog");
        assertThat(result.get(0).type()).isEqualTo(1);
        assertThat(result.get(0).property()).isNull();
    }

    @Test
    void anUpdateKeepsWhatItDoesNotGive() {
        Label existing = label("Cat", 1, Map.of("@modelarts:color", "#000000", "@modelarts:shortcut", "c"));
        List<Label> result = Labels.apply(
                List.of(existing),
                List.of(),
                List.of(label("Cat", null, Map.of("@modelarts:color", "#ffffff"))),
                List.of());
        assertThat(result.get(0).property())
                .containsOnly(Map.entry("@modelarts:color", "#ffffff"), Map.entry("@modelarts:shortcut", "c"));
        assertThat(result.get(0).type()).isEqualTo(1);
    }

    @Test
    void unknownLabelsAndTakenNamesAreRefused() {
        assertRefused(
                () -> Labels.apply(CURRENT, List.of(label("Fish", null, null)), List.of(), List.of()),
                DatasetErrors.LABEL_NOT_FOUND,
                "Fish");
        assertRefused(
                () -> Labels.apply(CURRENT, List.of(), List.of(label("Fish", 1, null)), List.of()),
                DatasetErrors.LABEL_NOT_FOUND,
                "Fish");
        assertRefused(
                () -> Labels.apply(CURRENT, List.of(), List.of(), List.of(label("Dog", 1, null))),
                DatasetErrors.LABEL_EXISTS,
                "Dog");
        assertRefused(
                () -> Labels.apply(
                        CURRENT,
                        List.of(),
                        List.of(label("Cat", null, Map.of("@modelarts:rename_to", "Dog"))),
                        List.of()),
                DatasetErrors.LABEL_EXISTS,
                "Dog");
        assertRefused(
                () -> Labels.apply(
                        CURRENT,
                        List.of(),
                        List.of(label("Cat", null, Map.of("@modelarts:rename_to", "a/b"))),
                        List.of()),
                "ModelArts.0104",
                "rename_to");
        assertRefused(
                () -> Labels.requireUniqueNames(List.of(label("A", 1, null), label("A", 2, null))),
                DatasetErrors.LABEL_EXISTS,
                "A");
    }

    @Test
    void aDeletedNameCanBeAddedAgainAndTheInputIsNotChanged() {
        List<Label> current = List.copyOf(CURRENT);
        List<Label> result =
                Labels.apply(current, List.of(label("Cat", null, null)), List.of(), List.of(label("Cat", 3, null)));
        assertThat(result).extracting(Label::name).containsExactly("Dog", "Cat");
        assertThat(result.get(1).type()).isEqualTo(3);
        assertThat(current).isEqualTo(CURRENT);
    }

    private static void assertRefused(Runnable edit, String errorCode, String messagePart) {
        assertThatThrownBy(edit::run)
                .isInstanceOfSatisfying(
                        DomainException.class, e -> assertThat(e.errorCode()).isEqualTo(errorCode))
                .hasMessageContaining(messagePart);
    }

    private static Label label(String name, @Nullable Integer type, @Nullable Map<String, String> property) {
        return new Label(name, type, property, null);
    }
}
