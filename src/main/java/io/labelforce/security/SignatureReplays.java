package io.labelforce.security;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Repository;

/**
 * The signatures seen within the clock-skew window ({@code signature_seen}), shared by every replica: the
 * primary key lets exactly one request with a given signature through. Rows are dropped once no request
 * with their date can be accepted any more.
 */
@Repository
class SignatureReplays {

    private static final Logger log = LoggerFactory.getLogger(SignatureReplays.class);

    private final JdbcClient jdbc;
    private final Clock clock;

    SignatureReplays(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** True the first time a signature is presented; false for a replay. */
    boolean firstUse(String signature, Instant rememberUntil) {
        return jdbc.sql("insert into signature_seen (signature, expires_at) values (?, ?) on conflict do nothing")
                        .params(signature, Timestamp.from(rememberUntil))
                        .update()
                == 1;
    }

    @Scheduled(fixedDelayString = "${labelforce.security.replay-cleanup-interval:1m}")
    void deleteExpired() {
        int deleted = jdbc.sql("delete from signature_seen where expires_at < ?")
                .param(Timestamp.from(clock.instant()))
                .update();
        if (deleted > 0) {
            log.debug("Forgot {} signatures outside the replay window", deleted);
        }
    }
}
