package io.labelforce.workforce;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.labelforce.ConcurrentRequests;
import io.labelforce.Fixtures;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.transaction.support.TransactionTemplate;

/** {@code @Version} on teams and members: a write based on a stale read is refused, so no update is ever lost. */
class OptimisticLockingTests extends Fixtures {

    @Autowired
    private WorkforceRepository workforces;

    @Autowired
    private WorkerRepository workers;

    @Autowired
    private TransactionTemplate transactions;

    @Test
    void aTeamWriteBasedOnAStaleReadIsRefused() {
        String team = createTeam("stale");
        assertThatThrownBy(() -> transactions.executeWithoutResult(status -> {
                    WorkforceEntity stale =
                            workforces.findByIdAndProjectId(team, project).orElseThrow();
                    // another request commits in between
                    CompletableFuture.runAsync(() -> assertThat(call(
                                            HttpMethod.PUT,
                                            teams + "/" + team,
                                            writer,
                                            Map.of("description", "theirs")))
                                    .hasStatus(200))
                            .join();
                    stale.update(null, "mine", java.time.Instant.now());
                    workforces.flush();
                }))
                .isInstanceOf(ObjectOptimisticLockingFailureException.class);
        assertThat(get(teams + "/" + team).get("description").asString()).isEqualTo("theirs");
    }

    @Test
    void aMemberWriteBasedOnAStaleReadIsRefused() {
        String team = createTeam("stale-member");
        String worker = addWorker(team, "w@example.com", WorkerRole.LABELER);
        assertThatThrownBy(() -> transactions.executeWithoutResult(status -> {
                    WorkerEntity stale =
                            workers.findActive(project, team, worker).orElseThrow();
                    CompletableFuture.runAsync(() -> assertThat(
                                            call(HttpMethod.PUT, member(team, worker), writer, Map.of("role", 1)))
                                    .hasStatus(200))
                            .join();
                    stale.update(null, "mine", java.time.Instant.now());
                    workers.flush();
                }))
                .isInstanceOf(ObjectOptimisticLockingFailureException.class);
        assertThat(role(get(member(team, worker)))).isEqualTo(WorkerRole.REVIEWER);
        assertThat(get(member(team, worker)).get("description").asString()).isEmpty();
    }

    @Test
    void aMemberRemovalMovesTheVersionOnSoAStaleUpdateCannotRevive() {
        String team = createTeam("removal");
        String worker = addWorker(team, "w@example.com", WorkerRole.LABELER);
        assertThatThrownBy(() -> transactions.executeWithoutResult(status -> {
                    WorkerEntity stale =
                            workers.findActive(project, team, worker).orElseThrow();
                    CompletableFuture.runAsync(() -> assertThat(call(HttpMethod.DELETE, member(team, worker), writer))
                                    .hasStatus(204))
                            .join();
                    stale.update(WorkerRole.TEAM_ADMINISTRATOR, null, java.time.Instant.now());
                    workers.flush();
                }))
                .isInstanceOf(ObjectOptimisticLockingFailureException.class);
        assertThat(jdbc.queryForObject("select status from worker where id = ?", Integer.class, worker))
                .isEqualTo(WorkerStatus.REMOVED.code());
    }

    @Test
    void concurrentTeamUpdatesAreEachAppliedOrRefusedWith409() throws Exception {
        String team = createTeam("busy");
        List<MvcTestResult> results = ConcurrentRequests.run(
                8, i -> call(HttpMethod.PUT, teams + "/" + team, writer, Map.of("description", "writer " + i)));
        long applied =
                results.stream().filter(r -> r.getResponse().getStatus() == 200).count();
        results.stream()
                .filter(r -> r.getResponse().getStatus() != 200)
                .forEach(r -> assertError(r, 409, "Labelforce.0409", "changed by another request"));
        assertThat(applied).isPositive();
        // every applied update moved the version on exactly once: none overwrote another unseen
        assertThat(jdbc.queryForObject("select version from workforce where id = ?", Long.class, team))
                .isEqualTo(applied);
    }

    @Test
    void concurrentMemberUpdatesAreEachAppliedOrRefusedWith409() throws Exception {
        String team = createTeam("busy-member");
        String worker = addWorker(team, "w@example.com", WorkerRole.LABELER);
        List<MvcTestResult> results = ConcurrentRequests.run(
                8, i -> call(HttpMethod.PUT, member(team, worker), writer, Map.of("description", "writer " + i)));
        long applied =
                results.stream().filter(r -> r.getResponse().getStatus() == 200).count();
        results.stream()
                .filter(r -> r.getResponse().getStatus() != 200)
                .forEach(r -> assertError(r, 409, "Labelforce.0409", "changed by another request"));
        assertThat(jdbc.queryForObject("select version from worker where id = ?", Long.class, worker))
                .isEqualTo(applied);
    }
}
