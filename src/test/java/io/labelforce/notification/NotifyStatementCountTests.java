package io.labelforce.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.labelforce.Fixtures;
import io.labelforce.SqlStatementCounter;
import io.labelforce.common.Ids;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpMethod;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/** SendEmails costs the same number of statements for 1 address as for 100. */
@Import(SqlStatementCounter.Config.class)
class NotifyStatementCountTests extends Fixtures {

    @Autowired
    SqlStatementCounter sql;

    /** A team of {@code n} labelers (inserted directly) and a task assigning all of them. */
    private String taskWithMembers(String name, int n) {
        String team = createTeam(name);
        Timestamp now = Timestamp.from(Instant.now());
        List<Object[]> rows = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            rows.add(new Object[] {Ids.hex32(), project, team, name + i + "@example.com", now, now});
        }
        jdbc.batchUpdate(
                "insert into worker (id, project_id, workforce_id, email, role, status, description, "
                        + "create_time, update_time) values (?, ?, ?, ?, 0, 0, '', ?, ?)",
                rows);
        jdbc.update("update workforce set worker_count = ? where id = ?", n, team);
        return taskFor(name, team, List.of());
    }

    private SqlStatementCounter.Recording notify(String task, String name, int n) {
        List<String> emails = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            emails.add(name + i + "@example.com");
        }
        return sql.record(() -> {
            MvcTestResult result = call(HttpMethod.POST, task + "/notify", writer, Map.of("emails", emails));
            assertThat(result).hasStatus(200);
            assertThat(body(result).get("success").asBoolean()).isTrue();
            assertThat(body(result).get("results")).hasSize(n);
        });
    }

    @Test
    void notifyingAHundredMembersCostsAsManyStatementsAsNotifyingOne() {
        SqlStatementCounter.Recording one = notify(taskWithMembers("solo", 1), "solo", 1);
        SqlStatementCounter.Recording hundred = notify(taskWithMembers("crowd", 100), "crowd", 100);
        assertThat(hundred.count()).as(hundred.describe()).isEqualTo(one.count());
        assertThat(hundred.touching("mail_message"))
                .singleElement()
                .satisfies(insert -> assertThat(insert.batchSize()).isEqualTo(100));
        eventually()
                .until(
                        () -> jdbc.queryForObject(
                                "select count(*) from mail_message where project_id = ? and state = 'SENT'",
                                Integer.class,
                                project),
                        equalTo(101));
    }
}
