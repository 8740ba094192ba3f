package io.labelforce.task;

import static org.assertj.core.api.Assertions.assertThat;

import io.labelforce.Fixtures;
import io.labelforce.SqlStatementCounter;
import io.labelforce.common.Ids;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpMethod;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/** Replacing an assignment costs the same number of statements for 10 members as for 1,000. */
@Import(SqlStatementCounter.Config.class)
class TaskStatementCountTests extends Fixtures {

    @BeforeEach
    void dataset() {
        newDataset();
    }

    @Autowired
    SqlStatementCounter sql;

    /** Five teams of {@code perTeam} labelers each, inserted directly (the API would take a while for 1,000). */
    private List<Object> teams(String prefix, int perTeam) {
        List<Object> config = new ArrayList<>();
        Timestamp now = Timestamp.from(Instant.now());
        for (int t = 0; t < 5; t++) {
            String team = createTeam(prefix + t);
            List<Object[]> rows = new ArrayList<>();
            List<String> emails = new ArrayList<>();
            for (int i = 0; i < perTeam; i++) {
                String email = prefix + t + "-" + i + "@example.com";
                emails.add(email);
                rows.add(new Object[] {Ids.hex32(), project, team, email, now, now});
            }
            jdbc.batchUpdate(
                    "insert into worker (id, project_id, workforce_id, email, role, status, description, "
                            + "create_time, update_time) values (?, ?, ?, ?, 0, 0, '', ?, ?)",
                    rows);
            jdbc.update("update workforce set worker_count = ? where id = ?", perTeam, team);
            config.add(team);
            config.add(emails);
        }
        return config;
    }

    private SqlStatementCounter.Recording replace(String taskId, List<Object> teams) {
        return sql.record(() -> {
            MvcTestResult result = call(
                    HttpMethod.PUT, tasks + "/" + taskId, writer, Map.of("workforces_config", config(teams.toArray())));
            assertThat(result).hasStatus(200);
        });
    }

    @Test
    void replacingFiveTeamsCostsTheSameFor10And1000Members() {
        String small = createTask(task("small"));
        String large = createTask(task("large"));
        List<Object> twoEach = teams("s", 2);
        List<Object> twoHundredEach = teams("l", 200);

        SqlStatementCounter.Recording ten = replace(small, twoEach);
        SqlStatementCounter.Recording thousand = replace(large, twoHundredEach);

        assertThat(emails(details(large, ""))).hasSize(1000);
        assertThat(withoutAuthentication(thousand)).as(thousand.describe()).isEqualTo(withoutAuthentication(ten));
        assertThat(thousand.count()).as(thousand.describe()).isLessThanOrEqualTo(20);
        assertThat(thousand.touching("workforce_task_worker")).hasSize(2);

        // replacing again (everyone stays) costs the same
        SqlStatementCounter.Recording again = replace(large, twoHundredEach);
        assertThat(withoutAuthentication(again))
                .as(again.describe() + "\nfirst:" + thousand.describe())
                .isEqualTo(withoutAuthentication(thousand));
    }

    /**
     * The statements of a request but the API-key lookup: the key cache keeps a key 5 s after it was read
     * (expire after write), so on a slow machine one of two requests may read it again.
     */
    private static int withoutAuthentication(SqlStatementCounter.Recording recording) {
        return recording.count() - recording.touching("api_key").size();
    }

    @Test
    void listingTasksCostsTheSameForOneTaskAsForFifty() {
        List<Object> crew = teams("c", 3);
        createTask(task("t0"));
        SqlStatementCounter.Recording one = sql.record(() -> call(HttpMethod.GET, tasks, writer));
        for (int i = 1; i < 50; i++) {
            Map<String, Object> body = task("t" + i);
            body.put("workforces_config", config(crew.toArray()));
            createTask(body);
        }
        SqlStatementCounter.Recording fifty = sql.record(() -> {
            MvcTestResult result = call(HttpMethod.GET, tasks, writer);
            assertThat(body(result).get("tasks")).hasSize(50);
        });
        assertThat(fifty.count()).as(fifty.describe()).isLessThanOrEqualTo(one.count() + 1);
    }
}
