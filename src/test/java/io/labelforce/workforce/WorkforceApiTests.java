package io.labelforce.workforce;

import static org.assertj.core.api.Assertions.assertThat;

import io.labelforce.Fixtures;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.http.HttpMethod;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import tools.jackson.databind.JsonNode;

/** The five team endpoints (ListWorkforces, CreateWorkforce, DescWorkforce, UpdateWorkforce, DeleteWorkforce). */
class WorkforceApiTests extends Fixtures {

    @Test
    void createListDetailsUpdateDeleteHaveTheReferenceShapes() {
        long before = System.currentTimeMillis();
        MvcTestResult created =
                call(HttpMethod.POST, teams, writer, Map.of("workforce_name", "team-123", "description", "my team"));
        assertThat(created).hasStatus(201);
        JsonNode createdBody = body(created);
        assertThat(createdBody.propertyNames()).containsExactly("workforce_id");
        String id = createdBody.get("workforce_id").asString();
        assertThat(id).matches("[A-Za-z0-9]{19}");
        assertThat(created.getResponse().getHeader("Location")).isEqualTo(teams + "/" + id);

        JsonNode list = get(teams);
        assertThat(list.get("total_number").isIntegralNumber()).isTrue();
        assertThat(list.get("total_number").asInt()).isEqualTo(1);
        JsonNode item = list.get("workforces").get(0);
        assertThat(item.propertyNames())
                .containsExactlyInAnyOrder(
                        "workforce_id",
                        "workforce_name",
                        "description",
                        "worker_count",
                        "workspace_id",
                        "create_time",
                        "update_time");
        assertThat(item.get("workforce_id").asString()).isEqualTo(id);
        assertThat(item.get("workforce_name").asString()).isEqualTo("team-123");
        assertThat(item.get("description").asString()).isEqualTo("my team");
        assertThat(item.get("worker_count").isIntegralNumber()).isTrue();
        assertThat(item.get("worker_count").asInt()).isZero();
        assertThat(item.get("workspace_id").asString()).isEqualTo("0");
        assertThat(item.get("create_time").isIntegralNumber()).isTrue();
        assertThat(item.get("create_time").asLong()).isBetween(before, System.currentTimeMillis());
        assertThat(item.get("update_time").asLong())
                .isEqualTo(item.get("create_time").asLong());

        assertThat(get(teams + "/" + id)).isEqualTo(item);

        MvcTestResult updated = call(HttpMethod.PUT, teams + "/" + id, writer, Map.of("description", "new words"));
        assertThat(updated).hasStatus(200);
        assertThat(body(updated).isEmpty()).isTrue();
        JsonNode details = get(teams + "/" + id);
        assertThat(details.get("description").asString()).isEqualTo("new words");
        assertThat(details.get("workforce_name").asString()).isEqualTo("team-123");
        assertThat(details.get("update_time").asLong())
                .isGreaterThanOrEqualTo(details.get("create_time").asLong());

        MvcTestResult deleted = call(HttpMethod.DELETE, teams + "/" + id, writer);
        assertThat(deleted).hasStatus(204);
        assertThat(deleted.getResponse().getContentLength()).isZero();
        assertError(call(HttpMethod.GET, teams + "/" + id, writer), 404, "ModelArts.4601", id);
        assertThat(get(teams).get("total_number").asInt()).isZero();
    }

    @Test
    void deletingATeamDeletesItsMembers() {
        String id = createTeam("doomed");
        addWorker(id, "a@example.com", WorkerRole.LABELER);
        addWorker(id, "b@example.com", WorkerRole.TEAM_ADMINISTRATOR);
        assertThat(call(HttpMethod.DELETE, teams + "/" + id, writer)).hasStatus(204);
        assertThat(jdbc.queryForObject("select count(*) from worker where workforce_id = ?", Integer.class, id))
                .isZero();
        assertError(call(HttpMethod.GET, members(id), writer), 404, "ModelArts.4601", id);
    }

    @Test
    void descriptionIsOptionalAndUpTo256Characters() {
        String id = createTeam("no_description");
        assertThat(get(teams + "/" + id).get("description").asString()).isEmpty();
        assertThat(call(
                        HttpMethod.POST,
                        teams,
                        writer,
                        Map.of("workforce_name", "d256", "description", "d".repeat(256))))
                .hasStatus(201);
        assertThat(call(HttpMethod.POST, teams, writer, Map.of("workforce_name", "d0", "description", "")))
                .hasStatus(201);
        assertError(
                call(HttpMethod.POST, teams, writer, Map.of("workforce_name", "d257", "description", "d".repeat(257))),
                400,
                "ModelArts.0104",
                "description");
        assertThat(call(HttpMethod.POST, teams, writer, Map.of("workforce_name", "x".repeat(64))))
                .hasStatus(201);
    }

    @ParameterizedTest(name = "{0}={1} is rejected")
    @CsvSource(
            delimiter = '|',
            nullValues = "NULL",
            value = {
                "workforce_name|NULL",
                "workforce_name|''",
                "workforce_name|has space",
                "workforce_name|dotted.name",
                "workforce_name|naïve",
                "workforce_name|toolong_toolong_toolong_toolong_toolong_toolong_toolong_toolong_x",
                "description|a<b",
                "description|a>b",
                "description|caret^",
                "description|bang!",
                "description|a=b",
                "description|a&b",
                "description|quote'",
                "description|double\"quote",
            })
    void createRejectsEveryBrokenFieldRule(String field, String value) {
        Map<String, Object> body = new HashMap<>(Map.of("workforce_name", "valid-name", "description", "ok"));
        body.put(field, value);
        assertError(call(HttpMethod.POST, teams, writer, body), 400, "ModelArts.0104", field);
        assertThat(get(teams).get("total_number").asInt()).isZero();
    }

    @ParameterizedTest(name = "{0}={1} is rejected")
    @CsvSource(
            delimiter = '|',
            value = {
                "workforce_name|''", "workforce_name|has space", "workforce_name|naïve",
                "description|a<b", "description|caret^", "description|quote'"
            })
    void updateRejectsEveryBrokenFieldRule(String field, String value) {
        String id = createTeam("unchanged");
        assertError(call(HttpMethod.PUT, teams + "/" + id, writer, Map.of(field, value)), 400, "ModelArts.0104", field);
        assertError(
                call(HttpMethod.PUT, teams + "/" + id, writer, Map.of("description", "d".repeat(257))),
                400,
                "ModelArts.0104",
                "description");
        assertThat(get(teams + "/" + id).get("workforce_name").asString()).isEqualTo("unchanged");
    }

    @Test
    void updateIsPartial() {
        String id = body(call(
                        HttpMethod.POST, teams, writer, Map.of("workforce_name", "before", "description", "keep")))
                .get("workforce_id")
                .asString();
        JsonNode original = get(teams + "/" + id);

        assertThat(call(HttpMethod.PUT, teams + "/" + id, writer, Map.of())).hasStatus(200);
        assertThat(get(teams + "/" + id)).isEqualTo(original);

        assertThat(call(HttpMethod.PUT, teams + "/" + id, writer, Map.of("workforce_name", "after")))
                .hasStatus(200);
        JsonNode renamed = get(teams + "/" + id);
        assertThat(renamed.get("workforce_name").asString()).isEqualTo("after");
        assertThat(renamed.get("description").asString()).isEqualTo("keep");
        assertThat(renamed.get("create_time").asLong())
                .isEqualTo(original.get("create_time").asLong());

        assertThat(call(HttpMethod.PUT, teams + "/" + id, writer, Map.of("description", "")))
                .hasStatus(200);
        assertThat(get(teams + "/" + id).get("description").asString()).isEmpty();
        assertError(call(HttpMethod.PUT, teams + "/" + id, writer, ""), 400, "ModelArts.0101", "missing");
    }

    @Test
    void teamNamesAreUniquePerProjectAndCaseSensitive() {
        createTeam("twin");
        String other = createTeam("other");
        assertError(
                call(HttpMethod.POST, teams, writer, Map.of("workforce_name", "twin")),
                409,
                "ModelArts.4602",
                "already exists");
        assertError(
                call(HttpMethod.PUT, teams + "/" + other, writer, Map.of("workforce_name", "twin")),
                409,
                "ModelArts.4602",
                "already exists");
        assertThat(get(teams + "/" + other).get("workforce_name").asString()).isEqualTo("other");
        // renaming a team to its own name is no conflict
        assertThat(call(HttpMethod.PUT, teams + "/" + other, writer, Map.of("workforce_name", "other")))
                .hasStatus(200);
        createTeam("Twin");

        String elsewhere = newProject();
        assertThat(call(
                        HttpMethod.POST,
                        "/v2/" + elsewhere + "/workforces",
                        apiKey("write", elsewhere),
                        Map.of("workforce_name", "twin")))
                .hasStatus(201);
        assertThat(get(teams).get("total_number").asInt()).isEqualTo(3);
    }

    @Test
    void unknownTeamIs404OnEveryTeamOperation() {
        String missing = "3frbQ90hb8ZKksAhyR8";
        assertError(call(HttpMethod.GET, teams + "/" + missing, writer), 404, "ModelArts.4601", missing);
        assertError(
                call(HttpMethod.PUT, teams + "/" + missing, writer, Map.of("description", "x")),
                404,
                "ModelArts.4601",
                missing);
        assertError(call(HttpMethod.DELETE, teams + "/" + missing, writer), 404, "ModelArts.4601", missing);
        assertError(call(HttpMethod.GET, teams + "/not-even-an-id", writer), 404, "ModelArts.4601", "not-even-an-id");
    }

    @Test
    void listPagesAndSorts() {
        for (String name : List.of("beta", "Alpha", "gamma", "delta", "epsilon")) {
            createTeam(name);
        }
        // default: create_time, newest first
        assertThat(names(get(teams))).containsExactly("epsilon", "delta", "gamma", "Alpha", "beta");
        assertThat(names(get(teams + "?order=asc&limit=2"))).containsExactly("beta", "Alpha");
        // offset is a zero-based page number
        assertThat(names(get(teams + "?order=asc&limit=2&offset=1"))).containsExactly("gamma", "delta");
        assertThat(names(get(teams + "?order=asc&limit=2&offset=2"))).containsExactly("epsilon");
        JsonNode past = get(teams + "?limit=2&offset=3");
        assertThat(names(past)).isEmpty();
        assertThat(past.get("total_number").asInt()).isEqualTo(5);
        JsonNode farPast = get(teams + "?limit=100&offset=1000000");
        assertThat(names(farPast)).isEmpty();
        assertThat(farPast.get("total_number").asInt()).isEqualTo(5);

        assertThat(names(get(teams + "?sort_by=workforce_name&order=asc")))
                .containsExactly("Alpha", "beta", "delta", "epsilon", "gamma");
        assertThat(names(get(teams + "?sort_by=workforce_name&limit=2"))).containsExactly("gamma", "epsilon");
        assertThat(names(get(teams + "?limit=1")).size()).isEqualTo(1);
        assertThat(names(get(teams + "?limit=100")).size()).isEqualTo(5);
    }

    @Test
    void searchIsACaseInsensitiveSubstringMatchWithLiteralWildcards() {
        for (String name : List.of("Alpha", "alpha_2", "gamma_x", "ALPHAbet", "delta", "x_y", "a100")) {
            createTeam(name);
        }
        JsonNode search = get(teams + "?search_content=alpha&sort_by=workforce_name&order=asc");
        assertThat(names(search)).containsExactly("ALPHAbet", "Alpha", "alpha_2");
        assertThat(search.get("total_number").asInt()).isEqualTo(3);
        assertThat(names(get(teams + "?search_content=LpH&sort_by=workforce_name&order=asc&limit=1&offset=1")))
                .containsExactly("Alpha");
        assertThat(names(get(teams + "?search_content=_&sort_by=workforce_name&order=asc")))
                .containsExactly("alpha_2", "gamma_x", "x_y");
        assertThat(names(get(teams + "?search_content=%25"))).isEmpty();
        assertThat(names(get(teams + "?search_content=a%25"))).isEmpty();
        assertThat(names(get(teams + "?search_content=%5C"))).isEmpty();
        assertThat(names(get(teams + "?search_content=a_2"))).containsExactly("alpha_2");
        assertThat(names(get(teams + "?search_content=zzz"))).isEmpty();
        assertThat(get(teams + "?search_content=").get("total_number").asInt()).isEqualTo(7);
    }

    @Test
    void workforceTaskFilterWithoutAnyTaskModuleMatchesNothing() {
        createTeam("any");
        JsonNode filtered = get(teams + "?workforce_task_id=tY330MHxV9dqIPVaTRM");
        assertThat(filtered.get("total_number").asInt()).isZero();
        assertThat(filtered.get("workforces").isEmpty()).isTrue();
    }

    @ParameterizedTest(name = "?{0} is rejected")
    @CsvSource({
        "limit=0, limit",
        "limit=101, limit",
        "limit=abc, limit",
        "offset=-1, offset",
        "offset=1000001, offset",
        "sort_by=name, sort_by",
        "sort_by=email, sort_by",
        "order=up, order"
    })
    void listRejectsBadParameters(String query, String named) {
        assertError(call(HttpMethod.GET, teams + "?" + query, writer), 400, "ModelArts.0104", named);
    }

    @Test
    void searchContentLongerThan100IsRejected() {
        assertError(
                call(HttpMethod.GET, teams + "?search_content=" + "s".repeat(101), writer),
                400,
                "ModelArts.0104",
                "search_content");
        assertThat(call(HttpMethod.GET, teams + "?search_content=" + "s".repeat(100), writer))
                .hasStatus(200);
    }

    @Test
    void workerCountFollowsAddsRemovalsAndReactivations() {
        String id = createTeam("counted");
        String a = addWorker(id, "a@example.com", WorkerRole.LABELER);
        String b = addWorker(id, "b@example.com", WorkerRole.REVIEWER);
        addWorker(id, "c@example.com", WorkerRole.TEAM_ADMINISTRATOR);
        assertThat(get(teams + "/" + id).get("worker_count").asInt()).isEqualTo(3);
        assertThat(call(HttpMethod.DELETE, member(id, a), writer)).hasStatus(204);
        assertThat(get(teams).get("workforces").get(0).get("worker_count").asInt())
                .isEqualTo(2);
        addWorker(id, "a@example.com", WorkerRole.LABELER);
        assertThat(get(teams + "/" + id).get("worker_count").asInt()).isEqualTo(3);
        assertThat(call(HttpMethod.POST, members(id) + "/batch-delete", writer, Map.of("workers", List.of(a, b))))
                .hasStatus(200);
        assertThat(get(teams + "/" + id).get("worker_count").asInt()).isEqualTo(1);
        assertThat(get(members(id)).get("total_number").asInt()).isEqualTo(1);
    }

    @Test
    void malformedBodiesAre400() {
        assertError(call(HttpMethod.POST, teams, writer, "{\"workforce_name\": "), 400, "ModelArts.0101", "JSON");
        assertError(
                call(HttpMethod.POST, teams, writer, "{\"workforce_name\": [\"a\"]}"),
                400,
                "ModelArts.0101",
                "workforce_name");
        assertThat(get(teams).get("total_number").asInt()).isZero();
    }

    /** Decision P3: one or two characters still match anywhere in the name, and only in the caller's project. */
    @Test
    void shortSearchTermsMatchAnywhereInTheNameWithinTheProject() {
        for (String name : List.of("team-07", "x7", "seven", "77-x", "Ab", "cab")) {
            createTeam(name);
        }
        String otherProject = newProject();
        call(
                HttpMethod.POST,
                "/v2/" + otherProject + "/workforces",
                apiKey("write", otherProject),
                java.util.Map.of("workforce_name", "other-7"));

        assertThat(names(get(teams + "?search_content=7&sort_by=workforce_name&order=asc")))
                .containsExactly("77-x", "team-07", "x7");
        assertThat(get(teams + "?search_content=7").get("total_number").asInt()).isEqualTo(3);
        assertThat(names(get(teams + "?search_content=AB&sort_by=workforce_name&order=asc")))
                .containsExactly("Ab", "cab");
        assertThat(names(get(teams + "?search_content=-0"))).containsExactly("team-07");
    }

    private static List<String> names(JsonNode list) {
        return texts(list.get("workforces"), "workforce_name");
    }
}
