package io.labelforce.notification;

import static org.assertj.core.api.Assertions.assertThat;

import io.labelforce.Fixtures;
import io.labelforce.task.EmailStatus;
import io.labelforce.task.TaskNotifications;
import io.labelforce.workforce.MemberStatus;
import io.labelforce.workforce.WorkerRole;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Recording a mail's outcome takes the parent row's lock (the task's, the team's) before it writes member rows,
 * as UpdateWorkforceTask and membership changes do. Without it, a mail chunk recording outcomes for several
 * members and an update replacing the same task's members locked the member rows in different orders, and
 * PostgreSQL undid one of them (a deadlock: UpdateWorkforceTask answered 500 about once in twenty runs).
 */
class MailOutcomeLockOrderTests extends Fixtures {

    @Autowired
    TaskNotifications tasksOfMail;

    @Autowired
    MemberStatus memberStatus;

    @Autowired
    DataSource dataSource;

    @Autowired
    TransactionTemplate transaction;

    private String team = "";
    private String workerId = "";

    @BeforeEach
    void team() {
        newDataset();
        team = createTeam("locks");
        workerId = addWorker(team, "l0@example.com", WorkerRole.LABELER);
    }

    @Test
    void aTaskMailOutcomeWaitsForAnUpdateHoldingTheTask() throws Exception {
        Map<String, Object> body = task("locked");
        body.put("workforces_config", config(team, List.of("l0@example.com")));
        String taskId = createTask(body);
        CompletableFuture<Void> recorded = whileRowLocked(
                "select id from workforce_task where id = ? for update",
                taskId,
                () -> transaction.executeWithoutResult(s -> tasksOfMail.recordEmail(
                        project, taskId, workerId, EmailStatus.SENT, Instant.parse("2026-12-02T10:00:00Z"))));
        recorded.get(10, TimeUnit.SECONDS);
        assertThat(jdbc.queryForObject(
                        "select email_status from workforce_task_worker where task_id = ? and worker_id = ?",
                        Integer.class,
                        taskId,
                        workerId))
                .isEqualTo(EmailStatus.SENT.code());
    }

    @Test
    void anInvitationOutcomeWaitsForAMembershipChangeHoldingTheTeam() throws Exception {
        jdbc.update("update worker set status = 0 where id = ?", workerId);
        CompletableFuture<Void> invited = whileRowLocked(
                "select id from workforce where id = ? for update",
                team,
                // the member's own invitation mail may be recorded meanwhile: either of the two moves it to 1
                () -> transaction.executeWithoutResult(s -> memberStatus.markInvited(project, team, workerId)));
        invited.get(10, TimeUnit.SECONDS);
        assertThat(jdbc.queryForObject("select status from worker where id = ?", Integer.class, workerId))
                .isEqualTo(1);
    }

    /**
     * Runs {@code write} while another transaction holds {@code lockSql}'s row, checks that the write waits for
     * that lock (PostgreSQL shows a transaction blocked by the holder, and the write has not finished; without the
     * parent lock nothing would wait, as the write touches no row the holder has), then commits the holder.
     */
    private CompletableFuture<Void> whileRowLocked(String lockSql, String id, Runnable write) throws Exception {
        CompletableFuture<Void> written;
        try (Connection holder = dataSource.getConnection()) {
            holder.setAutoCommit(false);
            try (PreparedStatement lock = holder.prepareStatement(lockSql)) {
                lock.setString(1, id);
                assertThat(lock.executeQuery().next()).isTrue();
            }
            int holderPid;
            try (var pid = holder.createStatement().executeQuery("select pg_backend_pid()")) {
                assertThat(pid.next()).isTrue();
                holderPid = pid.getInt(1);
            }
            written = CompletableFuture.runAsync(write);
            eventually()
                    .untilAsserted(() -> assertThat(jdbc.queryForObject(
                                    "select count(*) from pg_stat_activity where ? = any(pg_blocking_pids(pid))",
                                    Integer.class,
                                    holderPid))
                            .as("a transaction waiting for the holder's lock")
                            .isPositive());
            assertThat(written).isNotDone();
            holder.commit();
        }
        return written;
    }
}
