package io.labelforce.task;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.labelforce.common.DomainException;
import io.labelforce.task.WorkforcesConfig.WorkerSpec;
import io.labelforce.task.WorkforcesConfig.WorkforceConfig;
import io.labelforce.workforce.WorkerEmails;
import io.labelforce.workforce.WorkerRef;
import io.labelforce.workforce.WorkerRole;
import io.labelforce.workforce.WorkerStatus;
import io.labelforce.workforce.WorkforceDirectory;
import io.labelforce.workforce.WorkforceRef;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/** {@link AssignmentResolver} against a hand-written in-memory {@link WorkforceDirectory}, without Spring. */
class AssignmentResolverTests {

    private static final String PROJECT = "p1";

    private final FakeDirectory directory = new FakeDirectory();
    private final AssignmentResolver resolver = new AssignmentResolver(directory);

    @Test
    void namedMembersAreResolvedInRequestOrderAndTeamsAreLocked() {
        directory.team("t1", member("w1", "t1", "ann@example.com", WorkerRole.LABELER, WorkerStatus.JOINED));
        directory.team("t2", member("w2", "t2", "bob@example.com", WorkerRole.REVIEWER, WorkerStatus.NEW));
        directory.team("t2", member("w3", "t2", "cy@example.com", WorkerRole.LABELER, WorkerStatus.INVITED));

        Assignment assignment = resolver.resolve(
                PROJECT, config(null, team("t2", " CY@example.com", "bob@example.com"), team("t1", "ann@example.com")));

        assertThat(assignment.agency()).isNull();
        assertThat(assignment.teams()).extracting(Assignment.Team::workforceId).containsExactly("t2", "t1");
        assertThat(assignment.teams().get(0).workers())
                .extracting(WorkerRef::workerId)
                .containsExactly("w3", "w2");
        assertThat(directory.locked).containsExactly(List.of("t2", "t1"));
    }

    @Test
    void noNamedMembersMeansEveryActiveMember() {
        directory.team("t1", member("w1", "t1", "a@example.com", WorkerRole.LABELER, WorkerStatus.NEW));
        directory.team("t1", member("w2", "t1", "b@example.com", WorkerRole.LABELER, WorkerStatus.REMOVED));

        Assignment assignment = resolver.resolve(PROJECT, config(null, team("t1")));

        assertThat(assignment.teams().get(0).workers())
                .extracting(WorkerRef::workerId)
                .containsExactly("w1");
    }

    @Test
    void anUnknownTeamOrANonMemberOrARemovedMemberIsRefused() {
        directory.team("t1", member("w1", "t1", "a@example.com", WorkerRole.LABELER, WorkerStatus.NEW));
        directory.team("t1", member("w2", "t1", "gone@example.com", WorkerRole.LABELER, WorkerStatus.REMOVED));

        assertRefused(config(null, team("t9")), TaskErrors.WORKFORCE_NOT_FOUND, "t9");
        assertRefused(config(null, team("t1", "x@example.com")), TaskErrors.WORKER_NOT_FOUND, "x@example.com");
        assertRefused(config(null, team("t1", "gone@example.com")), TaskErrors.WORKER_NOT_FOUND, "gone@example.com");
    }

    @Test
    void duplicatesAndMalformedAddressesAreRefusedBeforeAnyLookup() {
        directory.team("t1", member("w1", "t1", "a@example.com", WorkerRole.LABELER, WorkerStatus.NEW));

        assertRefused(config(null, team("t1"), team("t1")), "ModelArts.0104", "listed twice");
        assertRefused(config(null, team("t1", "a@example.com", "A@example.com")), "ModelArts.0104", "listed twice");
        assertRefused(config(null, team("t1", "not-an-address")), "ModelArts.0104", "not-an-address");
    }

    @Test
    void theAgencyMustBeTheActiveAdministratorOfAnAssignedTeam() {
        directory.team("t1", member("w1", "t1", "boss@example.com", WorkerRole.TEAM_ADMINISTRATOR, WorkerStatus.NEW));
        directory.team("t2", member("w2", "t2", "other@example.com", WorkerRole.TEAM_ADMINISTRATOR, WorkerStatus.NEW));

        assertThat(resolver.resolve(PROJECT, config(" Boss@Example.com ", team("t1")))
                        .agency())
                .isEqualTo("boss@example.com");
        assertRefused(config("boss@example.com", team("t2")), "ModelArts.0104", "agency");
        assertThat(resolver.resolve(PROJECT, config("  ", team("t1"))).agency()).isNull();
    }

    @Test
    void anotherProjectsTeamsAreUnknown() {
        directory.team("t1", member("w1", "t1", "a@example.com", WorkerRole.LABELER, WorkerStatus.NEW));
        assertThatThrownBy(() -> resolver.resolve("p2", config(null, team("t1"))))
                .isInstanceOfSatisfying(
                        DomainException.class,
                        e -> assertThat(e.errorCode()).isEqualTo(TaskErrors.WORKFORCE_NOT_FOUND));
    }

    private void assertRefused(WorkforcesConfig config, String errorCode, String messagePart) {
        assertThatThrownBy(() -> resolver.resolve(PROJECT, config))
                .isInstanceOfSatisfying(
                        DomainException.class, e -> assertThat(e.errorCode()).isEqualTo(errorCode))
                .hasMessageContaining(messagePart);
    }

    private static WorkforcesConfig config(@Nullable String agency, WorkforceConfig... teams) {
        return new WorkforcesConfig(agency, List.of(teams));
    }

    private static WorkforceConfig team(String id, String... emails) {
        return new WorkforceConfig(
                id,
                null,
                emails.length == 0
                        ? null
                        : List.of(emails).stream()
                                .map(e -> new WorkerSpec(e, null, null))
                                .toList());
    }

    private static WorkerRef member(String id, String team, String email, WorkerRole role, WorkerStatus status) {
        return new WorkerRef(id, team, email, role, status);
    }

    /** The teams of project {@link #PROJECT}, in memory; records which teams were locked. */
    private static final class FakeDirectory implements WorkforceDirectory {

        private final Map<String, List<WorkerRef>> teams = new LinkedHashMap<>();
        final List<List<String>> locked = new ArrayList<>();

        void team(String id, WorkerRef member) {
            teams.computeIfAbsent(id, k -> new ArrayList<>()).add(member);
        }

        private Optional<List<WorkerRef>> members(String projectId, String workforceId) {
            return PROJECT.equals(projectId) ? Optional.ofNullable(teams.get(workforceId)) : Optional.empty();
        }

        private WorkforceRef ref(String id) {
            return new WorkforceRef(id, "team " + id, (int) java.util.Objects.requireNonNull(teams.get(id)).stream()
                    .filter(WorkerRef::active)
                    .count());
        }

        @Override
        public Optional<WorkforceRef> findWorkforce(String projectId, String workforceId) {
            return members(projectId, workforceId).map(m -> ref(workforceId));
        }

        @Override
        public List<WorkforceRef> findWorkforces(String projectId, Collection<String> workforceIds) {
            return workforceIds.stream()
                    .flatMap(id -> findWorkforce(projectId, id).stream())
                    .toList();
        }

        @Override
        public Optional<WorkerRef> findWorker(String projectId, String workforceId, String workerId) {
            return members(projectId, workforceId).orElse(List.of()).stream()
                    .filter(w -> w.workerId().equals(workerId))
                    .findFirst();
        }

        @Override
        public List<WorkerRef> findActiveWorkers(String projectId, String workforceId) {
            return members(projectId, workforceId).orElse(List.of()).stream()
                    .filter(WorkerRef::active)
                    .sorted(Comparator.comparing(WorkerRef::email))
                    .toList();
        }

        @Override
        public List<WorkforceRef> lockWorkforces(String projectId, Collection<String> workforceIds) {
            locked.add(List.copyOf(workforceIds));
            return findWorkforces(projectId, workforceIds);
        }

        @Override
        public List<WorkerRef> findWorkersByEmail(String projectId, String workforceId, Collection<String> emails) {
            List<String> normalised =
                    emails.stream().map(WorkerEmails::normalise).toList();
            return members(projectId, workforceId).orElse(List.of()).stream()
                    .filter(w -> normalised.contains(w.email()))
                    .toList();
        }

        @Override
        public boolean isActiveAdministrator(String projectId, String workforceId, String email) {
            return findActiveWorkers(projectId, workforceId).stream()
                    .anyMatch(w -> w.role() == WorkerRole.TEAM_ADMINISTRATOR
                            && w.email().equals(WorkerEmails.normalise(email)));
        }
    }
}
