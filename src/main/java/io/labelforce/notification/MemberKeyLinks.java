package io.labelforce.notification;

import io.labelforce.security.MemberKeyGuard;
import io.labelforce.workforce.WorkerStatus;
import io.labelforce.workforce.WorkforceDirectory;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The {@code member_key} table: which membership each member key issued on acceptance acts for. A key stays
 * usable only while that member is in the team (status 2): removing the member revokes the key, within the
 * key cache's lifetime ({@code labelforce.security.key-cache-ttl}) on other replicas.
 */
@Component
class MemberKeyLinks implements MemberKeyGuard {

    private record Membership(String projectId, String workforceId, String workerId) {}

    private final JdbcClient jdbc;
    private final WorkforceDirectory directory;

    MemberKeyLinks(JdbcClient jdbc, WorkforceDirectory directory) {
        this.jdbc = jdbc;
        this.directory = directory;
    }

    void link(UUID keyId, String projectId, String workforceId, String workerId, Instant now) {
        jdbc.sql("""
                insert into member_key (key_id, project_id, workforce_id, worker_id, create_time)
                values (?, ?, ?, ?, ?)
                """)
                .params(keyId, projectId, workforceId, workerId, Timestamp.from(now))
                .update();
    }

    @Override
    public boolean stillMember(UUID keyId) {
        return jdbc.sql("select project_id, workforce_id, worker_id from member_key where key_id = ?")
                .param(keyId)
                .query((rs, n) -> new Membership(
                        rs.getString("project_id"), rs.getString("workforce_id"), rs.getString("worker_id")))
                .optional()
                .map(m -> directory
                        .findWorker(m.projectId(), m.workforceId(), m.workerId())
                        .filter(worker -> worker.status() == WorkerStatus.JOINED)
                        .isPresent())
                .orElse(true);
    }
}
