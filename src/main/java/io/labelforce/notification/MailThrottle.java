package io.labelforce.notification;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Rate limits per subject (a member of a task, a member's invitation), in the caller's transaction. One
 * upsert decides: it moves the subject's time only if the last one is old enough, and concurrent requests
 * for one subject wait for each other on the row, so only one of them gets through.
 */
@Repository
class MailThrottle {

    private final JdbcClient jdbc;

    MailThrottle(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Records {@code now} for the subject unless its last time is within {@code interval}: then how long to wait. */
    Optional<Duration> acquire(String subject, Instant now, Duration interval) {
        boolean acquired = jdbc.sql("""
                insert into mail_throttle (subject, last_time) values (?, ?)
                on conflict (subject) do update set last_time = excluded.last_time
                where mail_throttle.last_time <= ?
                returning 1
                """)
                .params(subject, Timestamp.from(now), Timestamp.from(now.minus(interval)))
                .query(Integer.class)
                .optional()
                .isPresent();
        if (acquired) {
            return Optional.empty();
        }
        Instant last = jdbc.sql("select last_time from mail_throttle where subject = ?")
                .param(subject)
                .query(Timestamp.class)
                .single()
                .toInstant();
        return Optional.of(Duration.between(now, last.plus(interval)));
    }

    /**
     * {@link #acquire} for many subjects in two statements: the subjects that may go now (recorded), and for
     * the others how long to wait.
     */
    Map<String, Duration> acquireAll(Collection<String> subjects, Instant now, Duration interval) {
        Map<String, Duration> waits = new HashMap<>();
        if (subjects.isEmpty()) {
            return waits;
        }
        Set<String> acquired = new HashSet<>(jdbc.sql("""
                insert into mail_throttle (subject, last_time) select s, ? from unnest(?::varchar[]) as s
                on conflict (subject) do update set last_time = excluded.last_time
                where mail_throttle.last_time <= ?
                returning subject
                """)
                .params(Timestamp.from(now), subjects.toArray(String[]::new), Timestamp.from(now.minus(interval)))
                .query(String.class)
                .list());
        String[] refused =
                subjects.stream().filter(subject -> !acquired.contains(subject)).toArray(String[]::new);
        if (refused.length > 0) {
            jdbc.sql("select subject, last_time from mail_throttle where subject = any(?)")
                    .param(refused)
                    .query((rs, n) -> waits.put(
                            rs.getString("subject"),
                            Duration.between(
                                    now,
                                    rs.getTimestamp("last_time").toInstant().plus(interval))))
                    .list();
        }
        return waits;
    }

    /** Records {@code now} for the subject whatever its last time (an invitation that is not refused). */
    void touch(String subject, Instant now) {
        jdbc.sql("""
                insert into mail_throttle (subject, last_time) values (?, ?)
                on conflict (subject) do update set last_time = excluded.last_time
                """).params(subject, Timestamp.from(now)).update();
    }
}
