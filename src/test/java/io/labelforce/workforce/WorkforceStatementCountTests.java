package io.labelforce.workforce;

import static org.assertj.core.api.Assertions.assertThat;

import io.labelforce.Fixtures;
import io.labelforce.SqlStatementCounter;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpMethod;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/**
 * Every list is one page query plus one count, whatever the page size: no statement per row. Data is
 * inserted with SQL so that the 100-row pages exist without 200 API calls.
 */
@Import(SqlStatementCounter.Config.class)
class WorkforceStatementCountTests extends Fixtures {

    @Autowired
    private SqlStatementCounter sql;

    @Test
    void aListOf100TeamsIsOnePageQueryAndOneCount() {
        insertTeams(101, 3);
        for (String query : List.of("", "&sort_by=workforce_name&order=asc", "&search_content=TEAM_0")) {
            SqlStatementCounter.Recording one = listed(teams + "?limit=1" + query, "workforces", 1);
            SqlStatementCounter.Recording hundred = listed(teams + "?limit=100" + query, "workforces", 100);
            assertThat(hundred.count()).as(hundred.describe()).isEqualTo(one.count());
            assertThat(hundred.touching("workforce")).as(hundred.describe()).hasSize(2);
            assertThat(hundred.touching("worker")).as(hundred.describe()).isEmpty();
            assertThat(hundred.statements())
                    .filteredOn(s -> s.sql().contains("count("))
                    .hasSize(1);
        }
        // the team counts come from the same rows
        assertThat(get(teams + "?limit=100")
                        .get("workforces")
                        .valueStream()
                        .allMatch(team -> team.get("worker_count").asInt() == 3))
                .isTrue();
    }

    @Test
    void aListOf100MembersIsOnePageQueryAndOneCount() {
        String team = createTeam("big");
        insertMembers(team, 101);
        for (String uri : List.of(
                members(team) + "?",
                members(team) + "?sort_by=email&",
                teams + "/workers?",
                teams + "/workers?role=0&",
                teams + "/workers?role=0&sort_by=email&order=asc&")) {
            SqlStatementCounter.Recording one = listed(uri + "limit=1", "workers", 1);
            SqlStatementCounter.Recording hundred = listed(uri + "limit=100", "workers", 100);
            assertThat(hundred.count()).as(hundred.describe()).isEqualTo(one.count());
            assertThat(hundred.touching("worker")).as(hundred.describe()).hasSize(2);
            assertThat(hundred.touching("workforce")).as(hundred.describe()).isEmpty();
            // removed members are filtered with a literal, so the partial indexes apply to every plan
            assertThat(hundred.touching("worker")).allMatch(s -> s.sql().contains("<>3"), hundred.describe());
            // the page is a deferred join: ids chosen on the index, then 100 rows read (docs/benchmarks.md)
            assertThat(hundred.touching("worker"))
                    .anyMatch(s -> s.sql().contains(".id in (select"), hundred.describe());
        }
    }

    @Test
    void batchDeleteCostsTheSameForOneMemberAndFor100() {
        String team = createTeam("batch");
        List<String> ids = insertMembers(team, 101);
        SqlStatementCounter.Recording one = sql.record(() -> assertThat(call(
                        HttpMethod.POST, members(team) + "/batch-delete", writer, Map.of("workers", ids.subList(0, 1))))
                .hasStatus(200));
        SqlStatementCounter.Recording hundred = sql.record(() -> assertThat(call(
                        HttpMethod.POST,
                        members(team) + "/batch-delete",
                        writer,
                        Map.of("workers", ids.subList(1, 101))))
                .hasStatus(200));
        assertThat(hundred.count()).as(hundred.describe()).isEqualTo(one.count());
        // lock the team, read the members, ask each WorkforceUsage (the task module: one query), update, count
        assertThat(hundred.count()).as(hundred.describe()).isLessThanOrEqualTo(5);
        assertThat(get(members(team)).get("total_number").asInt()).isZero();
        assertThat(get(teams + "/" + team).get("worker_count").asInt()).isZero();
    }

    @Test
    void addingAMemberIsAFixedNumberOfStatements() {
        String team = createTeam("adding");
        SqlStatementCounter.Recording add =
                sql.record(() -> assertThat(call(HttpMethod.POST, members(team), writer, worker("new@example.com", 0)))
                        .hasStatus(201));
        // lock the team, look the e-mail up, insert, count
        assertThat(add.touching("worker").size() + add.touching("workforce").size())
                .as(add.describe())
                .isEqualTo(4);
    }

    private SqlStatementCounter.Recording listed(String uri, String field, int expectedItems) {
        get(uri); // warms the API-key cache, so that only the list itself is recorded
        SqlStatementCounter.Recording recording = sql.record(() -> {
            MvcTestResult result = call(HttpMethod.GET, uri, writer);
            assertThat(result).hasStatus(200);
            assertThat(body(result).get(field)).hasSize(expectedItems);
        });
        return recording;
    }

    private void insertTeams(int count, int membersEach) {
        jdbc.update("""
                insert into workforce (id, project_id, name, description, worker_count, create_time, update_time)
                select substr(md5(random()::text), 1, 19), ?, 'team_' || lpad(i::text, 4, '0'), 'd', ?,
                       now() - i * interval '1 second', now()
                from generate_series(1, ?) i""", project, membersEach, count);
        jdbc.update("""
                insert into worker (id, project_id, workforce_id, email, role, status, create_time, update_time)
                select md5(random()::text || w.id || m), ?, w.id, 'm' || m || '@example.com', 0, 0, now(), now()
                from workforce w, generate_series(1, ?) m where w.project_id = ?""", project, membersEach, project);
    }

    private List<String> insertMembers(String team, int count) {
        jdbc.update("""
                insert into worker (id, project_id, workforce_id, email, role, status, create_time, update_time)
                select md5(random()::text || i), ?, ?, 'member' || lpad(i::text, 4, '0') || '@example.com', 0, 0,
                       now() - i * interval '1 second', now()
                from generate_series(1, ?) i""", project, team, count);
        jdbc.update("update workforce set worker_count = ? where id = ?", count, team);
        return jdbc.queryForList("select id from worker where workforce_id = ? order by email", String.class, team);
    }
}
