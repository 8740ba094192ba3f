package io.labelforce.notification;

import static org.assertj.core.api.Assertions.assertThat;

import io.labelforce.TestDatabaseConfiguration;
import io.labelforce.TestMail;
import io.labelforce.common.Ids;
import io.labelforce.workforce.WorkerAdded;
import io.labelforce.workforce.WorkerRole;
import io.labelforce.workforce.WorkerStatus;
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
 * ({@link MailQueued}) here; delivering that mail marks the member invited through {@code MemberStatus}.
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
        WorkerAdded added = newMember("eve@example.com");

        scenario.publish(added)
                .andWaitAtMost(Duration.ofSeconds(15))
                .andWaitForEventOfType(MailQueued.class)
                .toArriveAndVerify(queued -> {
                    assertThat(queued.messageIds()).hasSize(1);
                    assertThat(jdbc.queryForObject(
                                    "select count(*) from invitation where worker_id = ? and project_id = ?",
                                    Integer.class,
                                    added.workerId(),
                                    added.projectId()))
                            .isOne();
                    assertThat(jdbc.queryForObject(
                                    "select recipient from mail_message where id = ?",
                                    String.class,
                                    queued.messageIds().get(0)))
                            .isEqualTo("eve@example.com");
                });
    }

    /** MailQueued is delivered over SMTP, and the sent invitation moves the member on in the workforce module. */
    @Test
    void aQueuedInvitationIsSentAndTheMemberBecomesInvited(Scenario scenario) {
        WorkerAdded added = newMember("ivy@example.com");

        scenario.publish(added)
                .andWaitAtMost(Duration.ofSeconds(20))
                .andWaitForStateChange(() -> memberStatus(added), status -> status == WorkerStatus.INVITED)
                .andVerify(status -> {
                    assertThat(TestMail.to(TestMail.get(), "ivy@example.com"))
                            .singleElement()
                            .satisfies(mail -> assertThat(TestMail.text(mail)).contains("/invitations/lfi_"));
                    assertThat(jdbc.queryForObject(
                                    "select state from mail_message where worker_id = ?",
                                    String.class,
                                    added.workerId()))
                            .isEqualTo(MailOutbox.State.SENT.name());
                });
    }

    /** A team with one new member, written straight to the workforce tables; the event of its addition. */
    private WorkerAdded newMember(String email) {
        String project = Ids.hex32();
        String team = Ids.alphanumeric19();
        String worker = Ids.hex32();
        Timestamp now = Timestamp.from(Instant.now());
        jdbc.update(
                "insert into workforce (id, project_id, name, worker_count, create_time, update_time)"
                        + " values (?, ?, ?, 1, ?, ?)",
                team,
                project,
                "events",
                now,
                now);
        jdbc.update(
                "insert into worker (id, project_id, workforce_id, email, role, status, create_time, update_time)"
                        + " values (?, ?, ?, ?, ?, ?, ?, ?)",
                worker,
                project,
                team,
                email,
                WorkerRole.REVIEWER.code(),
                WorkerStatus.NEW.code(),
                now,
                now);
        return new WorkerAdded(project, team, worker, email, WorkerRole.REVIEWER, "en-us", now.toInstant());
    }

    private WorkerStatus memberStatus(WorkerAdded added) {
        return WorkerStatus.of(java.util.Objects.requireNonNull(
                jdbc.queryForObject("select status from worker where id = ?", Integer.class, added.workerId())));
    }
}
