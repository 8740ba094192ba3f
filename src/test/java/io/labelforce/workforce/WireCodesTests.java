package io.labelforce.workforce;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.labelforce.common.WireCode;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/** The member enums without Spring: their wire codes in JSON and in the column, and the status transitions. */
class WireCodesTests {

    private final JsonMapper json = JsonMapper.builder().build();

    @Test
    void rolesAndStatusesAreTheirCodesOnTheWire() {
        assertThat(json.writeValueAsString(WorkerRole.TEAM_ADMINISTRATOR)).isEqualTo("2");
        assertThat(json.writeValueAsString(WorkerStatus.REMOVED)).isEqualTo("3");
        assertThat(json.readValue("1", WorkerRole.class)).isEqualTo(WorkerRole.REVIEWER);
        assertThat(new WorkerRole.Converter().convertToDatabaseColumn(WorkerRole.DATASET_OWNER))
                .isEqualTo(3);
        assertThat(new WorkerStatus.Converter().convertToEntityAttribute(1)).isEqualTo(WorkerStatus.INVITED);
        assertThatThrownBy(() -> WorkerRole.of(4)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> WireCode.of(WorkerStatus.class, -1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void statusesOnlyMoveForwardAndNeverOutOfRemoved() {
        assertThat(WorkerStatus.INVITED.reachableFrom()).containsExactly(WorkerStatus.NEW);
        assertThat(WorkerStatus.JOINED.reachableFrom()).containsExactly(WorkerStatus.NEW, WorkerStatus.INVITED);
        assertThat(WorkerStatus.NEW.reachableFrom()).isEmpty();
        assertThat(WorkerStatus.REMOVED.reachableFrom()).isEmpty();
    }
}
