package io.labelforce.workforce;

import static org.assertj.core.api.Assertions.assertThat;

import io.labelforce.Fixtures;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.http.HttpMethod;

/** Teams and members are reached only through their own project, and read keys only read.
 * For every kind of credential ({@link io.labelforce.ApiTest.CredentialKind}): each becomes the same caller.
 */
@ParameterizedClass
@EnumSource(io.labelforce.ApiTest.CredentialKind.class)
class WorkforceIsolationTests extends Fixtures {

    WorkforceIsolationTests(CredentialKind kind) {
        this.credentialKind = kind;
    }

    private String team;
    private String worker;

    @BeforeEach
    void createTeamWithMember() {
        team = createTeam("secret-team");
        worker = addWorker(team, "secret@example.com", WorkerRole.TEAM_ADMINISTRATOR);
    }

    @Test
    void aTokenOfAnotherProjectIsRefusedOnEveryEndpoint() {
        String stranger = apiKey("admin", newProject());
        for (HttpMethod method : List.of(HttpMethod.GET, HttpMethod.POST)) {
            assertError(call(method, teams, stranger, Map.of("workforce_name", "x")), 403, "ModelArts.0210", project);
        }
        assertError(call(HttpMethod.GET, teams + "/workers", stranger), 403, "ModelArts.0210", project);
        assertError(call(HttpMethod.GET, teams + "/" + team, stranger), 403, "ModelArts.0210", project);
        assertError(
                call(HttpMethod.PUT, teams + "/" + team, stranger, Map.of("description", "x")),
                403,
                "ModelArts.0210",
                "");
        assertError(call(HttpMethod.DELETE, teams + "/" + team, stranger), 403, "ModelArts.0210", "");
        assertError(call(HttpMethod.GET, members(team), stranger), 403, "ModelArts.0210", "");
        assertError(
                call(HttpMethod.POST, members(team), stranger, worker("x@example.com", 0)), 403, "ModelArts.0210", "");
        assertError(call(HttpMethod.GET, member(team, worker), stranger), 403, "ModelArts.0210", "");
        assertError(call(HttpMethod.PUT, member(team, worker), stranger, Map.of("role", 0)), 403, "ModelArts.0210", "");
        assertError(call(HttpMethod.DELETE, member(team, worker), stranger), 403, "ModelArts.0210", "");
        assertError(
                call(HttpMethod.POST, members(team) + "/batch-delete", stranger, Map.of("workers", List.of(worker))),
                403,
                "ModelArts.0210",
                "");
        assertUntouched();
    }

    @Test
    void idsUsedUnderAnotherProjectPathAreNotFound() {
        String other = newProject();
        String key = apiKey("write", other);
        String foreign = "/v2/" + other + "/workforces/" + team;
        assertError(call(HttpMethod.GET, foreign, key), 404, "ModelArts.4601", team);
        assertError(call(HttpMethod.PUT, foreign, key, Map.of("description", "x")), 404, "ModelArts.4601", team);
        assertError(call(HttpMethod.DELETE, foreign, key), 404, "ModelArts.4601", team);
        assertError(call(HttpMethod.GET, foreign + "/workers", key), 404, "ModelArts.4601", team);
        assertError(
                call(HttpMethod.POST, foreign + "/workers", key, worker("x@example.com", 0)),
                404,
                "ModelArts.4601",
                team);
        assertError(call(HttpMethod.GET, foreign + "/workers/" + worker, key), 404, "ModelArts.4601", team);
        assertError(
                call(HttpMethod.PUT, foreign + "/workers/" + worker, key, Map.of("role", 0)),
                404,
                "ModelArts.4601",
                "");
        assertError(call(HttpMethod.DELETE, foreign + "/workers/" + worker, key), 404, "ModelArts.4601", team);
        assertError(
                call(HttpMethod.POST, foreign + "/workers/batch-delete", key, Map.of("workers", List.of(worker))),
                404,
                "ModelArts.4601",
                team);
        assertThat(body(call(HttpMethod.GET, "/v2/" + other + "/workforces/workers", key))
                        .get("total_number")
                        .asInt())
                .isZero();
        assertUntouched();
    }

    @Test
    void aReadOnlyKeyReadsButNeverWrites() {
        String reader = apiKey("read", project);
        assertThat(call(HttpMethod.GET, teams, reader)).hasStatus(200);
        assertThat(call(HttpMethod.GET, teams + "/workers", reader)).hasStatus(200);
        assertThat(call(HttpMethod.GET, teams + "/" + team, reader)).hasStatus(200);
        assertThat(call(HttpMethod.GET, members(team), reader)).hasStatus(200);
        assertThat(call(HttpMethod.GET, member(team, worker), reader)).hasStatus(200);
        assertError(call(HttpMethod.POST, teams, reader, Map.of("workforce_name", "x")), 403, "ModelArts.0108", "read");
        assertError(
                call(HttpMethod.PUT, teams + "/" + team, reader, Map.of("description", "x")),
                403,
                "ModelArts.0108",
                "");
        assertError(call(HttpMethod.DELETE, teams + "/" + team, reader), 403, "ModelArts.0108", "");
        assertError(
                call(HttpMethod.POST, members(team), reader, worker("x@example.com", 0)), 403, "ModelArts.0108", "");
        assertError(call(HttpMethod.PUT, member(team, worker), reader, Map.of("role", 0)), 403, "ModelArts.0108", "");
        assertError(call(HttpMethod.DELETE, member(team, worker), reader), 403, "ModelArts.0108", "");
        assertError(
                call(HttpMethod.POST, members(team) + "/batch-delete", reader, Map.of("workers", List.of(worker))),
                403,
                "ModelArts.0108",
                "");
        assertUntouched();
    }

    @Test
    void withoutATokenEverythingIs401() {
        assertError(mvc.get().uri(teams).exchange(), 401, "ModelArts.4504", "");
        assertError(mvc.get().uri(teams + "/workers").exchange(), 401, "ModelArts.4504", "");
        assertError(mvc.delete().uri(teams + "/" + team).exchange(), 401, "ModelArts.4504", "");
        assertUntouched();
    }

    private void assertUntouched() {
        assertThat(get(teams + "/" + team).get("workforce_name").asString()).isEqualTo("secret-team");
        assertThat(get(teams + "/" + team).get("worker_count").asInt()).isEqualTo(1);
        assertThat(role(get(member(team, worker)))).isEqualTo(WorkerRole.TEAM_ADMINISTRATOR);
        assertThat(get(teams).get("total_number").asInt()).isEqualTo(1);
    }
}
