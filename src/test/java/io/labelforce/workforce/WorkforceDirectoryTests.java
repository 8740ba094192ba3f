package io.labelforce.workforce;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.labelforce.Fixtures;
import io.labelforce.SqlStatementCounter;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpMethod;
import org.springframework.transaction.IllegalTransactionStateException;
import org.springframework.transaction.support.TransactionTemplate;

/** The public query API the task module uses: results, project scope, and one statement per call. */
@Import(SqlStatementCounter.Config.class)
class WorkforceDirectoryTests extends Fixtures {

    @Autowired
    private WorkforceDirectory directory;

    @Autowired
    private SqlStatementCounter sql;

    @Autowired
    private TransactionTemplate transactions;

    @Test
    void findsATeamOfTheProjectOnly() {
        String team = createTeam("team-123");
        addWorker(team, "a@example.com", WorkerRole.LABELER);
        assertThat(directory.findWorkforce(project, team)).contains(new WorkforceRef(team, "team-123", 1));
        assertThat(directory.findWorkforce(newProject(), team)).isEmpty();
        assertThat(directory.findWorkforce(project, "3frbQ90hb8ZKksAhyR8")).isEmpty();
    }

    @Test
    void resolves200MembersByEmailInOneStatement() {
        String team = createTeam("big");
        List<String> emails = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            emails.add("Member" + i + "@Example.com ");
        }
        jdbc.update("""
                insert into worker (id, project_id, workforce_id, email, role, status, create_time, update_time)
                select md5(random()::text || i), ?, ?, 'member' || i || '@example.com', i % 2, 0, now(), now()
                from generate_series(0, 199) i""", project, team);
        String removed = addWorker(team, "removed@example.com", WorkerRole.REVIEWER);
        call(HttpMethod.DELETE, member(team, removed), writer);
        emails.add("removed@example.com");
        emails.add("stranger@example.com");

        List<List<WorkerRef>> found = new ArrayList<>();
        SqlStatementCounter.Recording recording =
                sql.record(() -> found.add(directory.findWorkersByEmail(project, team, emails)));
        assertThat(recording.count()).as(recording.describe()).isEqualTo(1);
        List<WorkerRef> workers = found.get(0);
        assertThat(workers).hasSize(201);
        assertThat(workers)
                .filteredOn(w -> w.email().equals("member7@example.com"))
                .singleElement()
                .satisfies(w -> {
                    assertThat(w.workerId()).matches("[0-9a-f]{32}");
                    assertThat(w.workforceId()).isEqualTo(team);
                    assertThat(w.role()).isEqualTo(WorkerRole.REVIEWER);
                    assertThat(w.active()).isTrue();
                });
        assertThat(workers)
                .filteredOn(w -> w.workerId().equals(removed))
                .singleElement()
                .satisfies(w -> {
                    assertThat(w.status()).isEqualTo(WorkerStatus.REMOVED);
                    assertThat(w.active()).isFalse();
                });
        assertThat(directory.findWorkersByEmail(newProject(), team, emails)).isEmpty();
        assertThat(directory.findWorkersByEmail(project, team, List.of())).isEmpty();
    }

    @Test
    void tellsWhetherAnEmailIsTheActiveTeamAdministrator() {
        String team = createTeam("admins");
        String boss = addWorker(team, "boss@example.com", WorkerRole.TEAM_ADMINISTRATOR);
        addWorker(team, "labeler@example.com", WorkerRole.LABELER);
        assertThat(directory.isActiveAdministrator(project, team, " BOSS@example.com"))
                .isTrue();
        assertThat(directory.isActiveAdministrator(project, team, "labeler@example.com"))
                .isFalse();
        assertThat(directory.isActiveAdministrator(project, team, "nobody@example.com"))
                .isFalse();
        assertThat(directory.isActiveAdministrator(newProject(), team, "boss@example.com"))
                .isFalse();
        call(HttpMethod.DELETE, member(team, boss), writer);
        assertThat(directory.isActiveAdministrator(project, team, "boss@example.com"))
                .isFalse();
    }

    @Test
    void locksTeamsOnlyInsideATransaction() {
        String a = createTeam("a");
        String b = createTeam("b");
        assertThatThrownBy(() -> directory.lockWorkforces(project, List.of(a)))
                .isInstanceOf(IllegalTransactionStateException.class);
        List<WorkforceRef> locked = transactions.execute(
                status -> directory.lockWorkforces(project, List.of(b, a, "3frbQ90hb8ZKksAhyR8", a)));
        assertThat(locked)
                .extracting(WorkforceRef::workforceId)
                .containsExactlyElementsOf(a.compareTo(b) < 0 ? List.of(a, b) : List.of(b, a));
        List<WorkforceRef> foreign = transactions.execute(status -> directory.lockWorkforces(newProject(), List.of(a)));
        assertThat(foreign).isEmpty();
    }

    @Test
    void normalisationIsPublic() {
        assertThat(WorkerEmails.normalise("  Tom.Smith@Example.COM\n")).isEqualTo("tom.smith@example.com");
    }
}
