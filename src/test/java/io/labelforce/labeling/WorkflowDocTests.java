package io.labelforce.labeling;

import static org.assertj.core.api.Assertions.assertThat;

import io.labelforce.task.TaskStatus;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * docs/workflow.md holds the allowed transitions of tasks and copies; the code's tables ({@link TaskStatus.Move},
 * {@link CopyMove}, {@link CopyState}) are the source. Each section between its markers must be exactly what the
 * code renders, so the table and the code cannot drift apart.
 */
class WorkflowDocTests {

    private static final Path DOC = Path.of("docs/workflow.md");

    @Test
    void theTaskStatusTableIsTheCodes() throws IOException {
        StringBuilder table = new StringBuilder("| move | from | to |\n|---|---|---|\n");
        for (TaskStatus.Move move : TaskStatus.Move.values()) {
            for (Map.Entry<TaskStatus, TaskStatus> t : move.targets().entrySet()) {
                table.append("| ")
                        .append(move.name())
                        .append(" | ")
                        .append(t.getKey().code())
                        .append(' ')
                        .append(t.getKey().name())
                        .append(" | ")
                        .append(t.getValue().code())
                        .append(' ')
                        .append(t.getValue().name())
                        .append(" |\n");
            }
        }
        assertThat(section("task-moves")).isEqualTo(table.toString());
    }

    @Test
    void theCopyStateTablesAreTheCodes() throws IOException {
        StringBuilder states = new StringBuilder("| state | `sample_status` | stats key |\n|---|---|---|\n");
        for (CopyState state : CopyState.values()) {
            states.append("| ")
                    .append(state.name())
                    .append(" | ")
                    .append(state.wire())
                    .append(" | ")
                    .append(state.statsKey())
                    .append(" |\n");
        }
        assertThat(section("copy-states")).isEqualTo(states.toString());
        StringBuilder moves = new StringBuilder("| move | from | to |\n|---|---|---|\n");
        for (CopyMove move : CopyMove.values()) {
            for (Map.Entry<CopyState, CopyState> t : move.targets().entrySet()) {
                moves.append("| ")
                        .append(move.name())
                        .append(" | ")
                        .append(t.getKey().name())
                        .append(" | ")
                        .append(t.getValue().name())
                        .append(" |\n");
            }
        }
        assertThat(section("copy-moves")).isEqualTo(moves.toString());
    }

    @Test
    void everyMoveRefusesTheStatesItDoesNotList() {
        for (TaskStatus.Move move : TaskStatus.Move.values()) {
            for (TaskStatus status : TaskStatus.values()) {
                assertThat(move.from(status).isPresent())
                        .as("%s from %s", move, status)
                        .isEqualTo(move.targets().containsKey(status));
            }
        }
        for (CopyMove move : CopyMove.values()) {
            for (CopyState state : CopyState.values()) {
                assertThat(move.allowedFrom(state))
                        .as("%s from %s", move, state)
                        .isEqualTo(move.targets().containsKey(state));
            }
        }
    }

    private static String section(String name) throws IOException {
        String doc = Files.readString(DOC);
        String begin = "<!-- begin:" + name + " -->\n";
        String end = "<!-- end:" + name + " -->";
        int from = doc.indexOf(begin);
        int to = doc.indexOf(end);
        assertThat(from).as("docs/workflow.md has the section %s", name).isNotNegative();
        assertThat(to).isGreaterThan(from);
        return doc.substring(from + begin.length(), to);
    }
}
