package io.labelforce.workforce;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.labelforce.ConcurrentRequests;
import io.labelforce.Fixtures;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpMethod;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/** ModelArts.4617 holds under concurrent requests because the database enforces it. */
class AdministratorConcurrencyTests extends Fixtures {

    private static final int PARALLEL = 8;

    private String team;

    @BeforeEach
    void createTeam() {
        team = createTeam("contested");
    }

    @RepeatedTest(3)
    void simultaneousAdministratorAddsLeaveExactlyOne() throws Exception {
        List<MvcTestResult> results = ConcurrentRequests.run(
                PARALLEL, i -> call(HttpMethod.POST, members(team), writer, worker("boss" + i + "@example.com", "2")));

        assertThat(results).filteredOn(r -> r.getResponse().getStatus() == 201).hasSize(1);
        results.stream()
                .filter(r -> r.getResponse().getStatus() != 201)
                .forEach(r -> assertError(r, 409, "ModelArts.4617", "administrator"));
        assertThat(activeAdministrators()).isEqualTo(1);
        assertThat(get(teams + "/" + team).get("worker_count").asInt()).isEqualTo(1);
        assertThat(get(teams + "/workers?role=2").get("total_number").asInt()).isEqualTo(1);
    }

    @RepeatedTest(3)
    void simultaneousPromotionsLeaveExactlyOne() throws Exception {
        List<String> labelers = new java.util.ArrayList<>();
        for (int i = 0; i < PARALLEL; i++) {
            labelers.add(addWorker(team, "labeler" + i + "@example.com", WorkerRole.LABELER));
        }
        List<MvcTestResult> results = ConcurrentRequests.run(
                PARALLEL, i -> call(HttpMethod.PUT, member(team, labelers.get(i)), writer, Map.of("role", 2)));

        assertThat(results).filteredOn(r -> r.getResponse().getStatus() == 200).hasSize(1);
        results.stream()
                .filter(r -> r.getResponse().getStatus() != 200)
                .forEach(r -> assertError(r, 409, "ModelArts.4617", "administrator"));
        assertThat(activeAdministrators()).isEqualTo(1);
    }

    @Test
    void simultaneousAddsAndPromotionsLeaveExactlyOne() throws Exception {
        String labeler = addWorker(team, "labeler@example.com", WorkerRole.LABELER);
        List<MvcTestResult> results = ConcurrentRequests.run(
                PARALLEL,
                i -> i % 2 == 0
                        ? call(HttpMethod.POST, members(team), writer, worker("boss" + i + "@example.com", 2))
                        : call(HttpMethod.PUT, member(team, labeler), writer, Map.of("role", 2)));
        assertThat(activeAdministrators()).isEqualTo(1);
        assertThat(results)
                .allSatisfy(r -> assertThat(r.getResponse().getStatus()).isIn(200, 201, 409));
    }

    @Test
    void theDatabaseItselfRefusesASecondActiveAdministrator() {
        insertRaw("a1", 2, 0);
        insertRaw("a2", 2, 3); // a removed administrator does not count
        insertRaw("a3", 1, 0);
        assertThatThrownBy(() -> insertRaw("a4", 2, 1))
                .isInstanceOf(DataIntegrityViolationException.class)
                .hasMessageContaining("uk_worker_workforce_admin");
    }

    private void insertRaw(String local, int role, int status) {
        Timestamp now = Timestamp.from(Instant.now());
        jdbc.update(
                "insert into worker (id, project_id, workforce_id, email, role, status, create_time, update_time)"
                        + " values (md5(random()::text), ?, ?, ?, ?, ?, ?, ?)",
                project,
                team,
                local + "@example.com",
                role,
                status,
                now,
                now);
    }

    private int activeAdministrators() {
        Integer count = jdbc.queryForObject(
                "select count(*) from worker where workforce_id = ? and role = 2 and status <> 3", Integer.class, team);
        return count == null ? 0 : count;
    }
}
