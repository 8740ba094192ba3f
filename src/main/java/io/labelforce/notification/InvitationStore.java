package io.labelforce.notification;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code invitation} table: secrets only as SHA-256, one row per invitation sent. */
@Repository
class InvitationStore {

    /** An invitation as stored; {@code state} says whether its link can still be used. */
    record Invitation(
            String id,
            String projectId,
            String workforceId,
            String workerId,
            String email,
            Instant expireTime,
            boolean accepted,
            boolean revoked) {

        InvitationState state(Instant now) {
            if (accepted) {
                return InvitationState.ACCEPTED;
            }
            if (revoked) {
                return InvitationState.REVOKED;
            }
            return now.isBefore(expireTime) ? InvitationState.PENDING : InvitationState.EXPIRED;
        }
    }

    private final JdbcClient jdbc;

    InvitationStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** False when {@code sourceKey} (a member addition) already has its invitation. */
    boolean insert(
            String id,
            String projectId,
            String workforceId,
            String workerId,
            String email,
            String tokenHash,
            @Nullable String sourceKey,
            Instant now,
            Instant expires) {
        return jdbc.sql("""
                insert into invitation (id, project_id, workforce_id, worker_id, email, token_hash, source_key,
                    create_time, expire_time)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?)
                on conflict (source_key) do nothing
                """)
                        .params(id, projectId, workforceId, workerId, email, tokenHash)
                        // may be null: param(@Nullable Object), since params(Object...) declares its values non-null
                        .param(sourceKey)
                        .params(Timestamp.from(now), Timestamp.from(expires))
                        .update()
                == 1;
    }

    /** Revokes the member's open invitations other than {@code keepId}. */
    void revokeOthers(String projectId, String workerId, String keepId, Instant now) {
        jdbc.sql("""
                update invitation set revoke_time = ?
                where worker_id = ? and project_id = ? and id <> ? and accept_time is null and revoke_time is null
                """).params(Timestamp.from(now), workerId, projectId, keepId).update();
    }

    /** The invitation with this secret's hash; locked until the transaction ends if {@code lock}. */
    Optional<Invitation> findByTokenHash(String tokenHash, boolean lock) {
        return jdbc.sql("""
                select id, project_id, workforce_id, worker_id, email, expire_time, accept_time, revoke_time
                from invitation where token_hash = ?""" + (lock ? " for update" : ""))
                .param(tokenHash)
                .query((rs, n) -> new Invitation(
                        rs.getString("id"),
                        rs.getString("project_id"),
                        rs.getString("workforce_id"),
                        rs.getString("worker_id"),
                        rs.getString("email"),
                        rs.getTimestamp("expire_time").toInstant(),
                        rs.getTimestamp("accept_time") != null,
                        rs.getTimestamp("revoke_time") != null))
                .optional();
    }

    void markAccepted(String id, Instant now) {
        jdbc.sql("update invitation set accept_time = ? where id = ?")
                .params(Timestamp.from(now), id)
                .update();
    }

    /** Whether the invitation's link can still be used (not accepted, revoked or expired). */
    boolean isOpen(String id, Instant now) {
        return jdbc.sql("""
                select exists (select 1 from invitation
                               where id = ? and accept_time is null and revoke_time is null and expire_time > ?)
                """)
                .params(id, Timestamp.from(now))
                .query(Boolean.class)
                .single();
    }

    /** Deletes invitations that expired, were accepted or were revoked before {@code before}. */
    int deleteClosedBefore(Instant before) {
        Timestamp time = Timestamp.from(before);
        return jdbc.sql("""
                delete from invitation
                where expire_time < ? or accept_time < ? or revoke_time < ?
                """).params(time, time, time).update();
    }
}
