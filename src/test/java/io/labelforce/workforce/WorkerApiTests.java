package io.labelforce.workforce;

import static org.assertj.core.api.Assertions.assertThat;

import io.labelforce.Fixtures;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.http.HttpMethod;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import tools.jackson.databind.JsonNode;

/** The seven member endpoints (ListAllWorkers, ListWorkers, CreateWorker, DescWorker, UpdateWorker, DeleteWorker(s)). */
class WorkerApiTests extends Fixtures {

    private String team;

    @BeforeEach
    void createTeam() {
        team = createTeam("team-aed7");
    }

    @Test
    void addListDetailsUpdateRemoveHaveTheReferenceShapes() {
        long before = System.currentTimeMillis();
        // the reference's example request, role as a string
        MvcTestResult created = call(
                HttpMethod.POST,
                members(team),
                writer,
                "{\"emails\":\"xxx@xxx.com\",\"description\":\"\",\"role\":\"2\"}");
        assertThat(created).hasStatus(201);
        JsonNode worker = body(created);
        assertThat(worker.propertyNames())
                .containsExactlyInAnyOrder(
                        "worker_id",
                        "workforce_id",
                        "email",
                        "role",
                        "status",
                        "description",
                        "create_time",
                        "update_time");
        String id = worker.get("worker_id").asString();
        assertThat(id).matches("[0-9a-f]{32}");
        assertThat(created.getResponse().getHeader("Location")).isEqualTo(member(team, id));
        assertThat(worker.get("workforce_id").asString()).isEqualTo(team);
        assertThat(worker.get("email").asString()).isEqualTo("xxx@xxx.com");
        assertThat(worker.get("role").isInt()).isTrue();
        assertThat(role(worker)).isEqualTo(WorkerRole.TEAM_ADMINISTRATOR);
        assertThat(workerStatus(worker)).isEqualTo(WorkerStatus.NEW);
        assertThat(worker.get("description").asString()).isEmpty();
        assertThat(worker.get("create_time").isIntegralNumber()).isTrue();
        assertThat(worker.get("create_time").asLong()).isBetween(before, System.currentTimeMillis());
        assertThat(worker.get("update_time").asLong())
                .isEqualTo(worker.get("create_time").asLong());

        JsonNode list = get(members(team));
        assertThat(list.propertyNames()).containsExactlyInAnyOrder("total_number", "workers");
        assertThat(list.get("total_number").asInt()).isEqualTo(1);
        assertThat(list.get("workers").get(0)).isEqualTo(worker);
        assertThat(get(member(team, id))).isEqualTo(worker);

        MvcTestResult updated =
                call(HttpMethod.PUT, member(team, id), writer, Map.of("description", "My name is Tom", "role", 2));
        assertThat(updated).hasStatus(200);
        assertThat(body(updated).isEmpty()).isTrue();
        JsonNode details = get(member(team, id));
        assertThat(details.get("description").asString()).isEqualTo("My name is Tom");
        assertThat(role(details)).isEqualTo(WorkerRole.TEAM_ADMINISTRATOR);

        MvcTestResult removed = call(HttpMethod.DELETE, member(team, id), writer);
        assertThat(removed).hasStatus(204);
        assertThat(removed.getResponse().getContentLength()).isZero();
        assertError(call(HttpMethod.GET, member(team, id), writer), 404, "ModelArts.4604", id);
        assertThat(get(members(team)).get("total_number").asInt()).isZero();
    }

    @ParameterizedTest(name = "role {0} is accepted as {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "0|LABELER",
                "1|REVIEWER",
                "2|TEAM_ADMINISTRATOR",
                "\"0\"|LABELER",
                "\"1\"|REVIEWER",
                "\"2\"|TEAM_ADMINISTRATOR",
                "\" 2 \"|TEAM_ADMINISTRATOR"
            })
    void roleIsANumberOrANumericString(String json, WorkerRole role) {
        MvcTestResult created =
                call(HttpMethod.POST, members(team), writer, "{\"emails\":\"r@example.com\",\"role\":" + json + "}");
        assertThat(created).hasStatus(201);
        assertThat(role(body(created))).isEqualTo(role);
    }

    @ParameterizedTest(name = "role {0} is rejected with {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "3|ModelArts.0104", "\"3\"|ModelArts.0104", "-1|ModelArts.0104", "null|ModelArts.0104",
                "2.5|ModelArts.0101", "2.0|ModelArts.0101", "\"2.0\"|ModelArts.0101", "\"two\"|ModelArts.0101",
                "\"\"|ModelArts.0101", "true|ModelArts.0101", "[2]|ModelArts.0101", "99999999999|ModelArts.0101"
            })
    void createRejectsRolesOutside0To2(String json, String code) {
        assertError(
                call(HttpMethod.POST, members(team), writer, "{\"emails\":\"r@example.com\",\"role\":" + json + "}"),
                400,
                code,
                "role");
        assertError(
                call(HttpMethod.POST, members(team), writer, "{\"emails\":\"r@example.com\"}"),
                400,
                "ModelArts.0104",
                "role");
        assertThat(get(members(team)).get("total_number").asInt()).isZero();
    }

    @ParameterizedTest(name = "emails={0} is rejected")
    @ValueSource(
            strings = {
                "",
                "   ",
                "plain",
                "a@b",
                "a@@example.com",
                "a b@example.com",
                "Tom <tom@example.com>",
                "a@-example.com",
                "a@example-.com",
                "a@example.c",
                "a@example.123",
                ".a@example.com",
                "a.@example.com",
                "a..b@example.com",
                "a@example..com",
                "a@.example.com",
                "é@example.com",
                "a@exämple.com",
                "\"quoted\"@example.com",
                "a@[127.0.0.1]",
                "a@example.com.",
                "a\n@example.com"
            })
    void createRejectsAddressesOutsideThePracticalSubset(String email) {
        assertError(call(HttpMethod.POST, members(team), writer, worker(email, 0)), 400, "ModelArts.0104", "emails");
        assertThat(get(members(team)).get("total_number").asInt()).isZero();
    }

    @Test
    void addressLengthLimitsAre64ForTheLocalPartAnd254InAll() {
        String local64 = "l".repeat(64);
        assertThat(call(HttpMethod.POST, members(team), writer, worker(local64 + "@example.com", 0)))
                .hasStatus(201);
        assertError(
                call(HttpMethod.POST, members(team), writer, worker("l" + local64 + "@example.com", 0)),
                400,
                "ModelArts.0104",
                "emails");
        // 252 characters: three 63-character labels, one of 56 and ".com"
        String domain = "d".repeat(63) + "." + "d".repeat(63) + "." + "d".repeat(63) + "." + "d".repeat(56) + ".com";
        assertThat("a@" + domain).hasSize(254);
        assertThat(call(HttpMethod.POST, members(team), writer, worker("a@" + domain, 0)))
                .hasStatus(201);
        assertError(
                call(HttpMethod.POST, members(team), writer, worker("ab@" + domain, 0)),
                400,
                "ModelArts.0104",
                "emails");
        assertError(
                call(HttpMethod.POST, members(team), writer, worker("a@" + "d".repeat(64) + ".com", 0)),
                400,
                "ModelArts.0104",
                "emails");
    }

    @Test
    void emailsMustBeOneString() {
        assertError(
                call(HttpMethod.POST, members(team), writer, "{\"emails\":[\"a@example.com\"],\"role\":0}"),
                400,
                "ModelArts.0101",
                "emails");
        assertError(call(HttpMethod.POST, members(team), writer, "{\"role\":0}"), 400, "ModelArts.0104", "emails");
    }

    @ParameterizedTest(name = "description={0} is rejected")
    @ValueSource(strings = {"a<b", "a>b", "caret^", "bang!", "a=b", "a&b", "quote'", "double\"quote"})
    void descriptionFollowsCharsetA(String description) {
        Map<String, Object> body = worker("d@example.com", 0);
        body.put("description", description);
        assertError(call(HttpMethod.POST, members(team), writer, body), 400, "ModelArts.0104", "description");
        String id = addWorker(team, "e@example.com", WorkerRole.LABELER);
        assertError(
                call(HttpMethod.PUT, member(team, id), writer, Map.of("description", description)),
                400,
                "ModelArts.0104",
                "description");
    }

    @Test
    void descriptionIsUpTo256Characters() {
        Map<String, Object> body = worker("d@example.com", 0);
        body.put("description", "d".repeat(257));
        assertError(call(HttpMethod.POST, members(team), writer, body), 400, "ModelArts.0104", "description");
        body.put("description", "d".repeat(256));
        String id = body(call(HttpMethod.POST, members(team), writer, body))
                .get("worker_id")
                .asString();
        assertError(
                call(HttpMethod.PUT, member(team, id), writer, Map.of("description", "d".repeat(257))),
                400,
                "ModelArts.0104",
                "description");
        body.remove("description");
        body.put("emails", "no-description@example.com");
        assertThat(body(call(HttpMethod.POST, members(team), writer, body))
                        .get("description")
                        .asString())
                .isEmpty();
    }

    @Test
    void emailsAreStoredTrimmedAndLowerCasedAndUniquePerTeam() {
        MvcTestResult created = call(HttpMethod.POST, members(team), writer, worker("  Tom.Smith+x@Example.COM \t", 0));
        assertThat(created).hasStatus(201);
        assertThat(body(created).get("email").asString()).isEqualTo("tom.smith+x@example.com");
        for (String twin : List.of("tom.smith+x@example.com", "TOM.SMITH+X@EXAMPLE.COM", " tom.smith+x@example.com")) {
            assertError(call(HttpMethod.POST, members(team), writer, worker(twin, 1)), 409, "ModelArts.4605", "e-mail");
        }
        assertThat(get(members(team)).get("total_number").asInt()).isEqualTo(1);
        // another team may have the same member
        String other = createTeam("other-team");
        assertThat(call(HttpMethod.POST, members(other), writer, worker("tom.smith+x@example.com", 1)))
                .hasStatus(201);
    }

    @Test
    void updateIsPartialAndAcceptsRole3() {
        Map<String, Object> body = worker("u@example.com", 1);
        body.put("description", "keep");
        String id = body(call(HttpMethod.POST, members(team), writer, body))
                .get("worker_id")
                .asString();

        assertThat(call(HttpMethod.PUT, member(team, id), writer, Map.of("role", 3)))
                .hasStatus(200);
        JsonNode owner = get(member(team, id));
        assertThat(role(owner)).isEqualTo(WorkerRole.DATASET_OWNER);
        assertThat(owner.get("description").asString()).isEqualTo("keep");
        assertThat(call(HttpMethod.PUT, member(team, id), writer, "{\"role\":\"0\"}"))
                .hasStatus(200);
        assertThat(role(get(member(team, id)))).isEqualTo(WorkerRole.LABELER);
        assertThat(call(HttpMethod.PUT, member(team, id), writer, Map.of("description", "new")))
                .hasStatus(200);
        assertThat(role(get(member(team, id)))).isEqualTo(WorkerRole.LABELER);
        // there is no e-mail field: an e-mail in the body is ignored like any unknown field
        assertThat(call(HttpMethod.PUT, member(team, id), writer, Map.of("emails", "other@example.com")))
                .hasStatus(200);
        assertThat(get(member(team, id)).get("email").asString()).isEqualTo("u@example.com");

        assertError(call(HttpMethod.PUT, member(team, id), writer, Map.of("role", 4)), 400, "ModelArts.0104", "role");
        assertError(call(HttpMethod.PUT, member(team, id), writer, Map.of("role", -1)), 400, "ModelArts.0104", "role");
        assertError(call(HttpMethod.PUT, member(team, id), writer, "{\"role\":1.5}"), 400, "ModelArts.0101", "role");
        assertThat(role(get(member(team, id)))).isEqualTo(WorkerRole.LABELER);
    }

    @Test
    void aTeamHasOneAdministrator() {
        String boss = addWorker(team, "boss@example.com", WorkerRole.TEAM_ADMINISTRATOR);
        String labeler = addWorker(team, "labeler@example.com", WorkerRole.LABELER);
        assertError(
                call(HttpMethod.POST, members(team), writer, worker("second@example.com", 2)),
                409,
                "ModelArts.4617",
                "administrator");
        assertError(
                call(HttpMethod.PUT, member(team, labeler), writer, Map.of("role", 2)),
                409,
                "ModelArts.4617",
                "administrator");
        assertThat(role(get(member(team, labeler)))).isEqualTo(WorkerRole.LABELER);
        assertThat(get(members(team)).get("total_number").asInt()).isEqualTo(2);

        // hand over: demote, then promote
        assertThat(call(HttpMethod.PUT, member(team, boss), writer, Map.of("role", 1)))
                .hasStatus(200);
        assertThat(call(HttpMethod.PUT, member(team, labeler), writer, Map.of("role", 2)))
                .hasStatus(200);
        // a removed administrator makes room for a new one
        assertThat(call(HttpMethod.DELETE, member(team, labeler), writer)).hasStatus(204);
        assertThat(call(HttpMethod.POST, members(team), writer, worker("new-boss@example.com", 2)))
                .hasStatus(201);
        // another team has its own administrator
        String other = createTeam("other-team");
        assertThat(call(HttpMethod.POST, members(other), writer, worker("boss@example.com", 2)))
                .hasStatus(201);
    }

    @Test
    void removingIsASoftDeleteAndReAddingReactivatesTheSameMember() {
        MvcTestResult created = call(HttpMethod.POST, members(team), writer, worker("Back@Example.com", 2));
        JsonNode first = body(created);
        String id = first.get("worker_id").asString();
        addWorker(team, "stays@example.com", WorkerRole.LABELER);

        assertThat(call(HttpMethod.DELETE, member(team, id), writer)).hasStatus(204);
        assertThat(texts(get(members(team)).get("workers"), "worker_id")).doesNotContain(id);
        assertThat(get(members(team)).get("total_number").asInt()).isEqualTo(1);
        assertThat(get(teams + "/workers").get("total_number").asInt()).isEqualTo(1);
        assertThat(get(teams + "/" + team).get("worker_count").asInt()).isEqualTo(1);
        assertError(call(HttpMethod.GET, member(team, id), writer), 404, "ModelArts.4604", id);
        assertError(call(HttpMethod.PUT, member(team, id), writer, Map.of("role", 1)), 404, "ModelArts.4604", id);
        assertError(call(HttpMethod.DELETE, member(team, id), writer), 404, "ModelArts.4604", id);
        // the row stays, for the history that refers to it
        Map<String, Object> row = jdbc.queryForMap("select status, email, role from worker where id = ?", id);
        assertThat(row)
                .containsEntry("status", WorkerStatus.REMOVED.code())
                .containsEntry("email", "back@example.com")
                .containsEntry("role", WorkerRole.TEAM_ADMINISTRATOR.code());

        MvcTestResult again = call(HttpMethod.POST, members(team), writer, worker("BACK@example.com", 1));
        assertThat(again).hasStatus(201);
        JsonNode back = body(again);
        assertThat(back.get("worker_id").asString()).isEqualTo(id);
        assertThat(workerStatus(back)).isEqualTo(WorkerStatus.NEW);
        assertThat(role(back)).isEqualTo(WorkerRole.REVIEWER);
        assertThat(back.get("create_time").asLong())
                .isEqualTo(first.get("create_time").asLong());
        assertThat(back.get("update_time").asLong())
                .isGreaterThanOrEqualTo(first.get("update_time").asLong());
        assertThat(get(member(team, id)).get("email").asString()).isEqualTo("back@example.com");
        assertThat(get(members(team)).get("total_number").asInt()).isEqualTo(2);
        assertThat(get(teams + "/" + team).get("worker_count").asInt()).isEqualTo(2);
        assertThat(jdbc.queryForObject("select count(*) from worker where email = 'back@example.com'", Integer.class))
                .isEqualTo(1);
    }

    @Test
    void batchDeleteAnswersPerIdAndRemovesOnlyTheGoodOnes() {
        String a = addWorker(team, "a@example.com", WorkerRole.LABELER);
        String b = addWorker(team, "b@example.com", WorkerRole.REVIEWER);
        String c = addWorker(team, "c@example.com", WorkerRole.TEAM_ADMINISTRATOR);
        String other = createTeam("other-team");
        String foreign = addWorker(other, "f@example.com", WorkerRole.LABELER);
        String unknown = "89d4ae38431b8905449821605abdc3a9";

        MvcTestResult result = call(
                HttpMethod.POST,
                members(team) + "/batch-delete",
                writer,
                Map.of("workers", List.of(a, unknown, b, foreign)));
        assertThat(result).hasStatus(200);
        JsonNode envelope = body(result);
        assertThat(envelope.get("success").asBoolean()).isFalse();
        JsonNode results = envelope.get("results");
        assertThat(results).hasSize(4);
        assertThat(results.get(0).toString()).isEqualTo("{\"success\":true}");
        assertThat(results.get(1).get("success").asBoolean()).isFalse();
        assertThat(results.get(1).get("error_code").asString()).isEqualTo("ModelArts.4604");
        assertThat(results.get(1).get("error_msg").asString()).contains(unknown);
        assertThat(results.get(2).get("success").asBoolean()).isTrue();
        assertThat(results.get(3).get("error_code").asString()).isEqualTo("ModelArts.4604");

        assertThat(texts(get(members(team)).get("workers"), "worker_id")).containsExactly(c);
        assertThat(get(teams + "/" + team).get("worker_count").asInt()).isEqualTo(1);
        assertThat(get(members(other)).get("total_number").asInt()).isEqualTo(1);

        // the reference example: all good
        String d = addWorker(team, "d@example.com", WorkerRole.LABELER);
        JsonNode allGood =
                body(call(HttpMethod.POST, members(team) + "/batch-delete", writer, Map.of("workers", List.of(c, d))));
        assertThat(allGood.toString())
                .isEqualTo("{\"success\":true,\"results\":[{\"success\":true},{\"success\":true}]}");
        // already removed now
        JsonNode again =
                body(call(HttpMethod.POST, members(team) + "/batch-delete", writer, Map.of("workers", List.of(c))));
        assertThat(again.get("success").asBoolean()).isFalse();
        assertThat(again.get("results").get(0).get("error_code").asString()).isEqualTo("ModelArts.4604");
    }

    @Test
    void batchDeleteEdges() {
        String a = addWorker(team, "a@example.com", WorkerRole.LABELER);
        assertThat(body(call(HttpMethod.POST, members(team) + "/batch-delete", writer, Map.of()))
                        .toString())
                .isEqualTo("{\"success\":true,\"results\":[]}");
        assertThat(body(call(HttpMethod.POST, members(team) + "/batch-delete", writer, Map.of("workers", List.of())))
                        .get("success")
                        .asBoolean())
                .isTrue();
        JsonNode twice =
                body(call(HttpMethod.POST, members(team) + "/batch-delete", writer, Map.of("workers", List.of(a, a))));
        assertThat(twice.toString())
                .isEqualTo("{\"success\":true,\"results\":[{\"success\":true},{\"success\":true}]}");

        List<String> tooMany = new ArrayList<>(Collections.nCopies(1001, a));
        assertError(
                call(HttpMethod.POST, members(team) + "/batch-delete", writer, Map.of("workers", tooMany)),
                400,
                "ModelArts.0104",
                "workers");
        assertError(
                call(HttpMethod.POST, members(team) + "/batch-delete", writer, "{\"workers\":[null]}"),
                400,
                "ModelArts.0104",
                "workers");
        assertError(
                call(HttpMethod.POST, members(team) + "/batch-delete", writer, "{\"workers\":\"a\"}"),
                400,
                "ModelArts.0101",
                "workers");
        assertError(
                call(
                        HttpMethod.POST,
                        teams + "/3frbQ90hb8ZKksAhyR8/workers/batch-delete",
                        writer,
                        Map.of("workers", List.of(a))),
                404,
                "ModelArts.4601",
                "3frbQ90hb8ZKksAhyR8");
    }

    @Test
    void aMemberCannotRemoveItself() {
        String self = addWorker(team, "me@example.com", WorkerRole.TEAM_ADMINISTRATOR);
        String other = addWorker(team, "other@example.com", WorkerRole.LABELER);
        String myKey = body(call(
                        HttpMethod.POST,
                        "/admin/api-keys",
                        ADMIN_TOKEN,
                        Map.of(
                                "name",
                                "me",
                                "projects",
                                List.of(project),
                                "permission",
                                "write",
                                "worker_email",
                                "Me@Example.com")))
                .get("token")
                .asString();
        assertError(call(HttpMethod.DELETE, member(team, self), myKey), 400, "ModelArts.4618", "itself");
        JsonNode batch = body(
                call(HttpMethod.POST, members(team) + "/batch-delete", myKey, Map.of("workers", List.of(self, other))));
        assertThat(batch.get("results").get(0).get("error_code").asString()).isEqualTo("ModelArts.4618");
        assertThat(batch.get("results").get(1).get("success").asBoolean()).isTrue();
        assertThat(texts(get(members(team)).get("workers"), "worker_id")).containsExactly(self);
    }

    @Test
    void listWorkersPagesAndSorts() {
        for (String email :
                List.of("c@example.com", "a@example.com", "e@example.com", "b@example.com", "d@example.com")) {
            addWorker(team, email, WorkerRole.LABELER);
        }
        assertThat(memberEmails(get(members(team))))
                .containsExactly("d@example.com", "b@example.com", "e@example.com", "a@example.com", "c@example.com");
        assertThat(memberEmails(get(members(team) + "?sort_by=email&order=asc&limit=2&offset=1")))
                .containsExactly("c@example.com", "d@example.com");
        assertThat(memberEmails(get(members(team) + "?sort_by=email&limit=2")))
                .containsExactly("e@example.com", "d@example.com");
        assertThat(memberEmails(get(members(team) + "?order=asc&limit=3&offset=1")))
                .containsExactly("b@example.com", "d@example.com");
        JsonNode past = get(members(team) + "?limit=2&offset=3");
        assertThat(past.get("workers").isEmpty()).isTrue();
        assertThat(past.get("total_number").asInt()).isEqualTo(5);
        assertThat(memberEmails(get(members(team) + "?limit=100"))).hasSize(5);

        String empty = createTeam("empty-team");
        JsonNode none = get(members(empty) + "?offset=5");
        assertThat(none.get("total_number").asInt()).isZero();
        assertThat(none.get("workers").isEmpty()).isTrue();
    }

    @ParameterizedTest(name = "?{0} is rejected")
    @CsvSource({
        "limit=0, limit",
        "limit=101, limit",
        "offset=-1, offset",
        "offset=1000001, offset",
        "sort_by=workforce_name, sort_by",
        "sort_by=role, sort_by",
        "order=DESC, order"
    })
    void listsRejectBadParameters(String query, String named) {
        assertError(call(HttpMethod.GET, members(team) + "?" + query, writer), 400, "ModelArts.0104", named);
        assertError(call(HttpMethod.GET, teams + "/workers?" + query, writer), 400, "ModelArts.0104", named);
    }

    @Test
    void listAllWorkersCoversEveryTeamAndFiltersByRole() {
        String other = createTeam("other-team");
        addWorker(team, "boss1@example.com", WorkerRole.TEAM_ADMINISTRATOR);
        addWorker(team, "labeler1@example.com", WorkerRole.LABELER);
        addWorker(team, "reviewer1@example.com", WorkerRole.REVIEWER);
        addWorker(other, "boss2@example.com", WorkerRole.TEAM_ADMINISTRATOR);
        addWorker(other, "labeler2@example.com", WorkerRole.LABELER);
        String gone = addWorker(other, "gone@example.com", WorkerRole.LABELER);
        assertThat(call(HttpMethod.DELETE, member(other, gone), writer)).hasStatus(204);
        // another project's members never show
        String elsewhere = newProject();
        String elsewhereKey = apiKey("write", elsewhere);
        String foreignTeam = body(call(
                        HttpMethod.POST,
                        "/v2/" + elsewhere + "/workforces",
                        elsewhereKey,
                        Map.of("workforce_name", "team-aed7")))
                .get("workforce_id")
                .asString();
        call(
                HttpMethod.POST,
                "/v2/" + elsewhere + "/workforces/" + foreignTeam + "/workers",
                elsewhereKey,
                worker("boss3@example.com", 2));

        JsonNode all = get(teams + "/workers?sort_by=email&order=asc");
        assertThat(all.get("total_number").asInt()).isEqualTo(5);
        assertThat(memberEmails(all))
                .containsExactly(
                        "boss1@example.com",
                        "boss2@example.com",
                        "labeler1@example.com",
                        "labeler2@example.com",
                        "reviewer1@example.com");
        assertThat(all.get("workers").get(1).get("workforce_id").asString()).isEqualTo(other);

        JsonNode admins = get(teams + "/workers?role=2");
        assertThat(admins.get("total_number").asInt()).isEqualTo(2);
        assertThat(memberEmails(admins)).containsExactly("boss2@example.com", "boss1@example.com");
        assertThat(texts(admins.get("workers"), "workforce_id")).containsExactly(other, team);
        assertThat(memberEmails(get(teams + "/workers?role=0&sort_by=email&order=asc")))
                .containsExactly("labeler1@example.com", "labeler2@example.com");
        assertThat(memberEmails(get(teams + "/workers?role=1"))).containsExactly("reviewer1@example.com");
        assertThat(get(teams + "/workers?role=3").get("total_number").asInt()).isZero();
        JsonNode page = get(teams + "/workers?role=0&limit=1&offset=1&order=asc");
        assertThat(memberEmails(page)).containsExactly("labeler2@example.com");
        assertThat(page.get("total_number").asInt()).isEqualTo(2);
        JsonNode past = get(teams + "/workers?limit=10&offset=1");
        assertThat(past.get("workers").isEmpty()).isTrue();
        assertThat(past.get("total_number").asInt()).isEqualTo(5);

        assertError(call(HttpMethod.GET, teams + "/workers?role=4", writer), 400, "ModelArts.0104", "role");
        assertError(call(HttpMethod.GET, teams + "/workers?role=-1", writer), 400, "ModelArts.0104", "role");
        assertError(call(HttpMethod.GET, teams + "/workers?role=x", writer), 400, "ModelArts.0104", "role");
    }

    @Test
    void unknownTeamsAndMembersAre404() {
        String missingTeam = "3frbQ90hb8ZKksAhyR8";
        String missingWorker = "b1e4054407ecb36a7bcde70f52ba37f2";
        String id = addWorker(team, "w@example.com", WorkerRole.LABELER);
        String other = createTeam("other-team");

        assertError(call(HttpMethod.GET, members(missingTeam), writer), 404, "ModelArts.4601", missingTeam);
        assertError(
                call(HttpMethod.POST, members(missingTeam), writer, worker("x@example.com", 0)),
                404,
                "ModelArts.4601",
                missingTeam);
        assertError(call(HttpMethod.GET, member(missingTeam, id), writer), 404, "ModelArts.4601", missingTeam);
        assertError(
                call(HttpMethod.PUT, member(missingTeam, id), writer, Map.of("role", 1)), 404, "ModelArts.4601", "");
        assertError(call(HttpMethod.DELETE, member(missingTeam, id), writer), 404, "ModelArts.4601", missingTeam);

        assertError(call(HttpMethod.GET, member(team, missingWorker), writer), 404, "ModelArts.4604", missingWorker);
        assertError(
                call(HttpMethod.PUT, member(team, missingWorker), writer, Map.of("role", 1)),
                404,
                "ModelArts.4604",
                "");
        assertError(call(HttpMethod.DELETE, member(team, missingWorker), writer), 404, "ModelArts.4604", missingWorker);
        // a member is only found under its own team
        assertError(call(HttpMethod.GET, member(other, id), writer), 404, "ModelArts.4604", id);
        assertError(call(HttpMethod.DELETE, member(other, id), writer), 404, "ModelArts.4604", id);
        assertThat(workerStatus(get(member(team, id)))).isEqualTo(WorkerStatus.NEW);
    }

    private static List<String> memberEmails(JsonNode list) {
        return texts(list.get("workers"), "email");
    }
}
