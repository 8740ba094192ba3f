package io.labelforce.task;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.labelforce.common.FieldRules;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * {@code workforces_config} (the WorkforcesConfig object of ModelArts API Reference › Data Management › Creating a Team Labeling Task, CreateWorkforceTask): the teams and members a task is assigned to, or the team
 * administrator ({@code agency}) it is delegated to. Members are named by e-mail; an empty or absent
 * {@code workers} list means every active member of the team.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record WorkforcesConfig(
        @Nullable @Size(max = 254) String agency,
        @Nullable @Size(max = 50) List<@NotNull @Valid WorkforceConfig> workforces) {

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record WorkforceConfig(
            @NotNull @Pattern(regexp = "[A-Za-z0-9]{1,64}", message = "must be a team id")
            String workforceId,

            @Nullable @Size(max = 1024) @Pattern(regexp = FieldRules.CHARSET_B, message = FieldRules.CHARSET_B_MESSAGE)
            String workforceName,

            @Nullable @Size(max = 10_000) List<@Nullable WorkerSpec> workers) {}

    /**
     * A member in a request: by e-mail (the other fields of the Worker schema are accepted and ignored). Checked
     * by {@link AssignmentResolver} in the same pass that normalises the address, not by bean validation.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record WorkerSpec(
            @Nullable String email,
            @Nullable String workerId,
            @Nullable Object role) {}
}
