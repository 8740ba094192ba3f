package io.labelforce.task;

import io.labelforce.task.WorkforcesConfig.WorkerSpec;
import io.labelforce.task.WorkforcesConfig.WorkforceConfig;
import io.labelforce.workforce.WorkerEmails;
import io.labelforce.workforce.WorkerRef;
import io.labelforce.workforce.WorkforceDirectory;
import io.labelforce.workforce.WorkforceRef;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Checks a {@code workforces_config} against the project's teams before anything is written, so that a bad
 * team or address anywhere in it changes nothing. The teams stay locked (FOR SHARE) until the transaction
 * ends, so none of them can be deleted, nor a member removed, while the assignment is written. SQL: one
 * statement for the teams and one per team for its members, whatever the number of members.
 */
@Component
class AssignmentResolver {

    private final WorkforceDirectory directory;

    AssignmentResolver(WorkforceDirectory directory) {
        this.directory = directory;
    }

    Assignment resolve(String projectId, WorkforcesConfig config) {
        List<WorkforceConfig> configs = config.workforces() == null ? List.of() : config.workforces();
        Set<String> ids = new LinkedHashSet<>();
        for (WorkforceConfig team : configs) {
            if (!ids.add(team.workforceId())) {
                throw TaskErrors.invalid("workforces_config: team " + team.workforceId() + " is listed twice");
            }
        }
        Map<String, WorkforceRef> teams = directory.lockWorkforces(projectId, ids).stream()
                .collect(Collectors.toMap(WorkforceRef::workforceId, Function.identity()));
        List<Assignment.Team> resolved = new ArrayList<>();
        for (WorkforceConfig team : configs) {
            if (!teams.containsKey(team.workforceId())) {
                throw TaskErrors.unknownWorkforce(team.workforceId());
            }
            resolved.add(new Assignment.Team(team.workforceId(), members(projectId, team)));
        }
        String agency =
                config.agency() == null || config.agency().isBlank() ? null : WorkerEmails.normalise(config.agency());
        if (agency != null && ids.stream().noneMatch(id -> directory.isActiveAdministrator(projectId, id, agency))) {
            throw TaskErrors.invalid("workforces_config: agency " + agency
                    + " must be the active team administrator of an assigned team");
        }
        return new Assignment(agency, resolved);
    }

    private List<WorkerRef> members(String projectId, WorkforceConfig team) {
        if (team.workers() == null || team.workers().isEmpty()) {
            return directory.findActiveWorkers(projectId, team.workforceId());
        }
        // one pass over the members: presence, normal form and rules (the request's bean validation does not
        // descend into the members: up to 10,000 per team, each with its own metadata walk, was a tenth of the CPU)
        Set<String> emails = new LinkedHashSet<>(2 * team.workers().size());
        for (@Nullable WorkerSpec worker : team.workers()) {
            if (worker == null || worker.email() == null) {
                throw TaskErrors.invalid(
                        "workforces_config: every member of team " + team.workforceId() + " needs an email");
            }
            String email = WorkerEmails.normaliseIfValid(worker.email());
            if (email == null) {
                throw TaskErrors.invalid("workforces_config: '" + worker.email() + "' " + WorkerEmails.MESSAGE);
            }
            if (!emails.add(email)) {
                throw TaskErrors.invalid(
                        "workforces_config: " + worker.email() + " is listed twice in team " + team.workforceId());
            }
        }
        Map<String, WorkerRef> found = directory.findWorkersByEmail(projectId, team.workforceId(), emails).stream()
                .filter(WorkerRef::active)
                .collect(Collectors.toMap(WorkerRef::email, Function.identity()));
        List<WorkerRef> members = new ArrayList<>();
        Set<String> seen = new HashSet<>(2 * emails.size());
        for (String email : emails) {
            WorkerRef worker = found.get(email);
            if (worker == null) {
                throw TaskErrors.notAMember(email, team.workforceId());
            }
            if (seen.add(worker.workerId())) {
                members.add(worker);
            }
        }
        return members;
    }
}
