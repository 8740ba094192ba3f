package io.labelforce.notification;

import static org.assertj.core.api.Assertions.assertThat;

import io.labelforce.TestDatabaseConfiguration;
import io.labelforce.TestMail;
import io.labelforce.common.Ids;
import io.labelforce.workforce.WorkerAdded;
import io.labelforce.workforce.WorkerRole;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.Scenario;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The events between modules, with only the notification module and what it depends on started: a member
 * added in the workforce module ({@link WorkerAdded}) becomes an invitation and a queued mail
 * ({@link MailQueued}) here.
 */
@ApplicationModuleTest(mode = ApplicationModuleTest.BootstrapMode.ALL_DEPENDENCIES)
@Import(TestDatabaseConfiguration.class)
class InvitationEventsTests {

    @DynamicPropertySource
    static void mailServer(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", TestMail::port);
    }

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void anAddedMemberIsInvitedByMail(Scenario scenario) {
        String project = Ids.hex32();
        String team = Ids.alphanumeric19();
        String worker = Ids.hex32();
        Timestamp now = Timestamp.from(Instant.now());
        jdbc.update(
                "insert into workforce (id, project_id, name, create_time, update_time) values (?, ?, ?, ?, ?)",
                team,
                project,
                "events",
                now,
                now);
        jdbc.update(
                "insert into worker (id, project_id, workforce_id, email, role, status, create_time, update_time)"
                        + " values (?, ?, ?, ?, ?, 0, ?, ?)",
                worker,
                project,
                team,
                "eve@example.com",
                WorkerRole.REVIEWER.code(),
                now,
                now);
        WorkerAdded added = new WorkerAdded(
                project, team, worker, "eve@example.com", WorkerRole.REVIEWER, "en-us", now.toInstant());

        scenario.publish(added)
                .andWaitAtMost(Duration.ofSeconds(15))
                .andWaitForEventOfType(MailQueued.class)
                .toArriveAndVerify(queued -> {
                    assertThat(queued.messageIds()).hasSize(1);
                    assertThat(jdbc.queryForObject(
                                    "select count(*) from invitation where worker_id = ? and project_id = ?",
                                    Integer.class,
                                    worker,
                                    project))
                            .isOne();
                    assertThat(jdbc.queryForObject(
                                    "select recipient from mail_message where id = ?",
                                    String.class,
                                    queued.messageIds().get(0)))
                            .isEqualTo("eve@example.com");
                });
    }
}
