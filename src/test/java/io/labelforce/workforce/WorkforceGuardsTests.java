package io.labelforce.workforce;

import static org.assertj.core.api.Assertions.assertThat;

import io.labelforce.ConcurrentRequests;
import io.labelforce.Fixtures;
import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpMethod;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;

/**
 * What other modules' usage forbids ({@link WorkforceUsage}, here a test double standing in for the task
 * module), the quotas (set low here), and the locks that keep both right under concurrency.
 */
@Import(WorkforceGuardsTests.FakeUsage.class)
@TestPropertySource(
        properties = {"labelforce.limits.workforces-per-project=3", "labelforce.limits.workers-per-workforce=2"})
class WorkforceGuardsTests extends Fixtures {

    /** A task module that uses whatever the test says it uses. */
    static class FakeUsage implements WorkforceUsage {

        final Set<String> teams = ConcurrentHashMap.newKeySet();
        final Set<String> workers = ConcurrentHashMap.newKeySet();
        final Map<String, Set<String>> teamsOfTask = new ConcurrentHashMap<>();

        @Override
        public boolean isWorkforceInUse(String projectId, String workforceId) {
            return teams.contains(workforceId);
        }

        @Override
        public Set<String> workersInUse(String projectId, String workforceId, Collection<String> workerIds) {
            return workerIds.stream().filter(workers::contains).collect(Collectors.toSet());
        }

        @Override
        public Set<String> workforcesOfTask(String projectId, String workforceTaskId) {
            return teamsOfTask.getOrDefault(workforceTaskId, Set.of());
        }
    }

    @Autowired
    private FakeUsage usage;

    @Autowired
    private WorkforceDirectory directory;

    @Autowired
    private TransactionTemplate transactions;

    @BeforeEach
    void nothingInUse() {
        usage.teams.clear();
        usage.workers.clear();
        usage.teamsOfTask.clear();
    }

    @Test
    void aTeamThatATaskUsesCannotBeDeletedAndNothingIsDeleted() {
        String team = createTeam("used");
        String worker = addWorker(team, "w@example.com", WorkerRole.TEAM_ADMINISTRATOR);
        usage.teams.add(team);

        assertError(call(HttpMethod.DELETE, teams + "/" + team, writer), 409, "ModelArts.4603", "task");
        assertThat(get(teams + "/" + team).get("worker_count").asInt()).isEqualTo(1);
        assertThat(workerStatus(get(member(team, worker)))).isEqualTo(WorkerStatus.NEW);
        assertThat(jdbc.queryForObject("select count(*) from worker where workforce_id = ?", Integer.class, team))
                .isEqualTo(1);

        usage.teams.clear();
        assertThat(call(HttpMethod.DELETE, teams + "/" + team, writer)).hasStatus(204);
    }

    @Test
    void aMemberThatATaskUsesCannotBeRemovedAndNothingIsRemoved() {
        String team = createTeam("used-members");
        String busy = addWorker(team, "busy@example.com", WorkerRole.LABELER);
        String free = addWorker(team, "free@example.com", WorkerRole.REVIEWER);
        usage.workers.add(busy);

        assertError(call(HttpMethod.DELETE, member(team, busy), writer), 409, "ModelArts.4628", busy);
        assertThat(workerStatus(get(member(team, busy)))).isEqualTo(WorkerStatus.NEW);
        assertThat(get(teams + "/" + team).get("worker_count").asInt()).isEqualTo(2);

        JsonNode batch = body(call(
                HttpMethod.POST,
                members(team) + "/batch-delete",
                writer,
                Map.of("workers", List.of(busy, free, "89d4ae38431b8905449821605abdc3a9"))));
        assertThat(batch.get("success").asBoolean()).isFalse();
        assertThat(batch.get("results").get(0).get("error_code").asString()).isEqualTo("ModelArts.4628");
        assertThat(batch.get("results").get(1).toString()).isEqualTo("{\"success\":true}");
        assertThat(batch.get("results").get(2).get("error_code").asString()).isEqualTo("ModelArts.4604");
        assertThat(texts(get(members(team)).get("workers"), "worker_id")).containsExactly(busy);
        assertThat(get(teams + "/" + team).get("worker_count").asInt()).isEqualTo(1);
    }

    @Test
    void theTaskFilterListsTheTeamsOfTheTask() {
        String a = createTeam("a");
        createTeam("b");
        String c = createTeam("c");
        usage.teamsOfTask.put("tY330MHxV9dqIPVaTRM", Set.of(a, c));
        JsonNode list = get(teams + "?workforce_task_id=tY330MHxV9dqIPVaTRM&sort_by=workforce_name&order=asc");
        assertThat(texts(list.get("workforces"), "workforce_id")).containsExactly(a, c);
        assertThat(list.get("total_number").asInt()).isEqualTo(2);
        assertThat(get(teams + "?workforce_task_id=other").get("total_number").asInt())
                .isZero();
    }

    @Test
    void aProjectHoldsAtMostTheConfiguredNumberOfTeams() {
        String first = createTeam("t1");
        createTeam("t2");
        createTeam("t3");
        assertError(
                call(HttpMethod.POST, teams, writer, Map.of("workforce_name", "t4")),
                429,
                "ModelArts.4395",
                "maximum of 3 labeling teams");
        assertThat(get(teams).get("total_number").asInt()).isEqualTo(3);
        String elsewhere = newProject();
        assertThat(call(
                        HttpMethod.POST,
                        "/v2/" + elsewhere + "/workforces",
                        apiKey("write", elsewhere),
                        Map.of("workforce_name", "t4")))
                .hasStatus(201);
        assertThat(call(HttpMethod.DELETE, teams + "/" + first, writer)).hasStatus(204);
        createTeam("t4");
    }

    @Test
    void theTeamQuotaHoldsUnderConcurrentCreates() throws Exception {
        List<MvcTestResult> results = ConcurrentRequests.run(
                6, i -> call(HttpMethod.POST, teams, writer, Map.of("workforce_name", "parallel" + i)));
        assertThat(results).filteredOn(r -> r.getResponse().getStatus() == 201).hasSize(3);
        results.stream()
                .filter(r -> r.getResponse().getStatus() != 201)
                .forEach(r -> assertError(r, 429, "ModelArts.4395", "maximum"));
        assertThat(get(teams).get("total_number").asInt()).isEqualTo(3);
    }

    @Test
    void aTeamHoldsAtMostTheConfiguredNumberOfActiveMembers() {
        String team = createTeam("small");
        String a = addWorker(team, "a@example.com", WorkerRole.LABELER);
        addWorker(team, "b@example.com", WorkerRole.LABELER);
        assertError(
                call(HttpMethod.POST, members(team), writer, worker("c@example.com", 0)),
                429,
                "ModelArts.4395",
                "maximum of 2 members");
        // a duplicate is still reported as such
        assertError(
                call(HttpMethod.POST, members(team), writer, worker("a@example.com", 0)), 409, "ModelArts.4605", "");
        // removed members do not count; reactivating one does
        assertThat(call(HttpMethod.DELETE, member(team, a), writer)).hasStatus(204);
        addWorker(team, "c@example.com", WorkerRole.LABELER);
        assertError(
                call(HttpMethod.POST, members(team), writer, worker("a@example.com", 0)),
                429,
                "ModelArts.4395",
                "maximum of 2 members");
        assertThat(get(teams + "/" + team).get("worker_count").asInt()).isEqualTo(2);
    }

    @Test
    void theMemberQuotaHoldsUnderConcurrentAdds() throws Exception {
        String team = createTeam("crowded");
        List<MvcTestResult> results = ConcurrentRequests.run(
                6, i -> call(HttpMethod.POST, members(team), writer, worker("p" + i + "@example.com", 0)));
        assertThat(results).filteredOn(r -> r.getResponse().getStatus() == 201).hasSize(2);
        assertThat(get(members(team)).get("total_number").asInt()).isEqualTo(2);
        assertThat(get(teams + "/" + team).get("worker_count").asInt()).isEqualTo(2);
    }

    @Test
    void aTeamDeleteWaitsForATaskThatLockedTheTeamAndThenSeesItsUse() throws Exception {
        String team = createTeam("contended");
        MvcTestResult delete = whileATaskAssigns(
                team, () -> usage.teams.add(team), () -> call(HttpMethod.DELETE, teams + "/" + team, writer));
        assertError(delete, 409, "ModelArts.4603", team);
        assertThat(get(teams + "/" + team).get("workforce_id").asString()).isEqualTo(team);
    }

    @Test
    void aMemberRemovalWaitsForATaskThatLockedTheTeamAndThenSeesItsUse() throws Exception {
        String team = createTeam("contended-member");
        String worker = addWorker(team, "w@example.com", WorkerRole.LABELER);
        MvcTestResult delete = whileATaskAssigns(
                team, () -> usage.workers.add(worker), () -> call(HttpMethod.DELETE, member(team, worker), writer));
        assertError(delete, 409, "ModelArts.4628", worker);
        assertThat(workerStatus(get(member(team, worker)))).isEqualTo(WorkerStatus.NEW);
    }

    /**
     * A task transaction locks the team through the directory, waits until {@code request} is blocked on that
     * lock, records its use of the team ({@code assign}) and commits; returns what the request answered then.
     */
    private MvcTestResult whileATaskAssigns(
            String team, Runnable assign, java.util.function.Supplier<MvcTestResult> request) throws Exception {
        CountDownLatch locked = new CountDownLatch(1);
        CompletableFuture<Void> task = CompletableFuture.runAsync(() -> transactions.executeWithoutResult(status -> {
            assertThat(directory.lockWorkforces(project, List.of(team))).hasSize(1);
            locked.countDown();
            awaitABlockedSession();
            assign.run();
        }));
        assertThat(locked.await(10, TimeUnit.SECONDS)).isTrue();
        MvcTestResult result = request.get();
        task.get(20, TimeUnit.SECONDS);
        return result;
    }

    /** Polls this test database's sessions until one waits for a lock (at most 10 s). */
    private void awaitABlockedSession() {
        Awaitility.await()
                .atMost(Duration.ofSeconds(10))
                .pollInterval(Duration.ofMillis(20))
                .until(() -> java.util.Objects.requireNonNull(jdbc.queryForObject(
                                "select count(*) from pg_stat_activity"
                                        + " where datname = current_database() and wait_event_type = 'Lock'",
                                Integer.class))
                        > 0);
    }
}
