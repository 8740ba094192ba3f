package io.labelforce.notification;

import io.labelforce.common.Ids;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The {@code mail_message} table. A mail goes PENDING → SENDING (claimed by one replica, with a lease) →
 * SENT, FAILED or CANCELLED; a failed attempt that may succeed later puts it back to PENDING. Only the
 * replica that claimed a mail sends it: the claim skips rows another transaction holds and rows whose lease
 * has not run out.
 */
@Repository
class MailOutbox {

    enum Kind {
        INVITATION,
        TASK_NOTIFY
    }

    /**
     * A mail's state: PENDING (waiting to be claimed) and SENDING (claimed, under a lease) are open; SENT,
     * FAILED and CANCELLED are final, nothing more will be done with the mail.
     */
    enum State {
        PENDING,
        SENDING,
        SENT,
        FAILED,
        CANCELLED
    }

    record NewMail(
            String projectId,
            Kind kind,
            String recipient,
            String locale,
            MailTemplates.Rendered content,
            String workerId,
            @Nullable String workforceId,
            @Nullable String taskId,
            @Nullable String invitationId) {}

    /** A mail this replica has claimed: it owns it until the lease ({@code claimed_until} of its row) runs out. */
    record Claimed(
            String id,
            String projectId,
            Kind kind,
            String recipient,
            String subject,
            String text,
            String html,
            int attempts,
            String workerId,
            @Nullable String workforceId,
            @Nullable String taskId,
            @Nullable String invitationId) {}

    private static final int[] TYPES = {
        Types.VARCHAR,
        Types.VARCHAR,
        Types.VARCHAR,
        Types.VARCHAR,
        Types.VARCHAR,
        Types.VARCHAR,
        Types.VARCHAR,
        Types.VARCHAR,
        Types.VARCHAR,
        Types.VARCHAR,
        Types.VARCHAR,
        Types.VARCHAR,
        Types.TIMESTAMP,
        Types.TIMESTAMP
    };

    private final JdbcClient jdbc;
    private final JdbcTemplate jdbcTemplate;

    MailOutbox(JdbcClient jdbc, JdbcTemplate jdbcTemplate) {
        this.jdbc = jdbc;
        this.jdbcTemplate = jdbcTemplate;
    }

    String queue(NewMail mail, Instant now) {
        return queueAll(List.of(mail), now).get(0);
    }

    /** Queues mails in one JDBC batch; their ids in the same order. */
    List<String> queueAll(List<NewMail> mails, Instant now) {
        if (mails.isEmpty()) {
            return List.of();
        }
        Timestamp time = Timestamp.from(now);
        List<String> ids = new ArrayList<>(mails.size());
        List<Object[]> rows = new ArrayList<>(mails.size());
        for (NewMail mail : mails) {
            String id = Ids.hex32();
            ids.add(id);
            rows.add(new Object[] {
                id,
                mail.projectId(),
                mail.kind().name(),
                mail.recipient(),
                mail.locale(),
                mail.content().subject(),
                mail.content().text(),
                mail.content().html(),
                mail.workerId(),
                mail.workforceId(),
                mail.taskId(),
                mail.invitationId(),
                time,
                time
            });
        }
        jdbcTemplate.batchUpdate("""
                insert into mail_message (id, project_id, kind, recipient, locale, subject, text_body, html_body,
                    worker_id, workforce_id, task_id, invitation_id, create_time, update_time)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """, rows, TYPES);
        return ids;
    }

    /**
     * Claims the mails among {@code ids} that are PENDING, or SENDING with an expired lease (their sender
     * died), in one statement. Leaves out mails that are final, leased by another replica, or locked by a
     * transaction claiming them right now ({@code SKIP LOCKED}: nobody waits).
     */
    List<Claimed> claim(List<String> ids, String claimant, Instant now, Instant leaseUntil) {
        return jdbc.sql("""
                update mail_message m
                set state = 'SENDING', claimed_by = ?, claimed_until = ?, attempts = m.attempts + 1, update_time = ?
                where m.id in (select c.id from mail_message c
                               where c.id = any(?)
                                 and (c.state = 'PENDING' or (c.state = 'SENDING' and c.claimed_until < ?))
                               for update skip locked)
                returning m.id, m.project_id, m.kind, m.recipient, m.subject, m.text_body, m.html_body, m.attempts,
                          m.worker_id, m.workforce_id, m.task_id, m.invitation_id
                """)
                .params(
                        claimant,
                        Timestamp.from(leaseUntil),
                        Timestamp.from(now),
                        ids.toArray(String[]::new),
                        Timestamp.from(now))
                .query(MailOutbox::claimed)
                .list();
    }

    /** How many of the mails are not final (PENDING or SENDING); a mail that does not exist counts as final. */
    int countOpen(List<String> ids) {
        return ids.isEmpty()
                ? 0
                : jdbc.sql("select count(*) from mail_message where id = any(?) and state in ('PENDING', 'SENDING')")
                        .param(ids.toArray(String[]::new))
                        .query(Integer.class)
                        .single();
    }

    /** A final state; the bodies are erased (an invitation's link must not outlive its delivery here). */
    void finish(String id, State state, @Nullable String error, Instant now) {
        finish(List.of(id), state, error, now);
    }

    void finish(List<String> ids, State state, @Nullable String error, Instant now) {
        Timestamp time = Timestamp.from(now);
        jdbc.sql("""
                update mail_message set state = ?, last_error = ?, text_body = null, html_body = null,
                    claimed_by = null, claimed_until = null, update_time = ?,
                    sent_time = case when ? = 'SENT' then ? else sent_time end
                where id = any(?)
                """)
                .param(state.name())
                // may be null: param(@Nullable Object), since params(Object...) declares its values non-null
                .param(truncate(error))
                .params(time, state.name(), time, ids.toArray(String[]::new))
                .update();
    }

    /** Back to PENDING after an attempt that may succeed later. */
    void release(String id, String error, Instant now) {
        jdbc.sql("""
                update mail_message set state = 'PENDING', last_error = ?, claimed_by = null, claimed_until = null,
                    update_time = ?
                where id = ?
                """)
                // may be null: param(@Nullable Object), since params(Object...) declares its values non-null
                .param(truncate(error))
                .params(Timestamp.from(now), id)
                .update();
    }

    /** Deletes mails that reached a final state before {@code before}. */
    int deleteFinishedBefore(Instant before) {
        return jdbc.sql("delete from mail_message where state in ('SENT', 'FAILED', 'CANCELLED') and update_time < ?")
                .param(Timestamp.from(before))
                .update();
    }

    private static Claimed claimed(ResultSet rs, int row) throws SQLException {
        return new Claimed(
                rs.getString("id"),
                rs.getString("project_id"),
                Kind.valueOf(rs.getString("kind")),
                rs.getString("recipient"),
                rs.getString("subject"),
                nonNull(rs.getString("text_body")),
                nonNull(rs.getString("html_body")),
                rs.getInt("attempts"),
                rs.getString("worker_id"),
                rs.getString("workforce_id"),
                rs.getString("task_id"),
                rs.getString("invitation_id"));
    }

    private static String nonNull(@Nullable String value) {
        return value == null ? "" : value;
    }

    private static @Nullable String truncate(@Nullable String error) {
        return error == null || error.length() <= 1000 ? error : error.substring(0, 1000);
    }
}
