package io.labelforce.workforce;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** {@link WorkforceDirectory} for other modules: one statement per call, records out, entities stay here. */
@Service
@Transactional(readOnly = true)
class DirectoryService implements WorkforceDirectory {

    private final WorkforceRepository workforces;
    private final WorkerRepository workers;
    private final JdbcClient jdbc;

    DirectoryService(WorkforceRepository workforces, WorkerRepository workers, JdbcClient jdbc) {
        this.jdbc = jdbc;
        this.workforces = workforces;
        this.workers = workers;
    }

    @Override
    public Optional<WorkforceRef> findWorkforce(String projectId, String workforceId) {
        return workforces.findByIdAndProjectId(workforceId, projectId).map(DirectoryService::ref);
    }

    @Override
    public List<WorkforceRef> findWorkforces(String projectId, Collection<String> workforceIds) {
        if (workforceIds.isEmpty()) {
            return List.of();
        }
        return workforces.findByProjectIdAndIdIn(projectId, Set.copyOf(workforceIds)).stream()
                .map(DirectoryService::ref)
                .toList();
    }

    @Override
    public Optional<WorkerRef> findWorker(String projectId, String workforceId, String workerId) {
        return workers.findRef(projectId, workforceId, workerId);
    }

    @Override
    public List<WorkerRef> findActiveWorkers(String projectId, String workforceId) {
        return workers.findActiveRefs(projectId, workforceId);
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public List<WorkforceRef> lockWorkforces(String projectId, Collection<String> workforceIds) {
        if (workforceIds.isEmpty()) {
            return List.of();
        }
        // plain SQL: the caller needs the references, not managed entities to load and dirty-check at flush
        return jdbc.sql("select id, name, worker_count from workforce where project_id = ? and id = any(?)"
                        + " order by id for share")
                .params(projectId, Set.copyOf(workforceIds).toArray(String[]::new))
                .query((rs, n) -> new WorkforceRef(rs.getString("id"), rs.getString("name"), rs.getInt("worker_count")))
                .list();
    }

    @Override
    public List<WorkerRef> findWorkersByEmail(String projectId, String workforceId, Collection<String> emails) {
        String[] normalised =
                emails.stream().map(WorkerEmails::normalise).distinct().toArray(String[]::new);
        if (normalised.length == 0) {
            return List.of();
        }
        // one array parameter however many e-mails: the same statement and plan every time (an IN list of 200
        // parameters made Hibernate translate the query anew on each call, a third of a task update's CPU)
        return jdbc.sql("select id, workforce_id, email, role, status from worker"
                        + " where project_id = ? and workforce_id = ? and email = any(?)")
                .params(projectId, workforceId, normalised)
                .query((rs, n) -> new WorkerRef(
                        rs.getString("id"),
                        rs.getString("workforce_id"),
                        rs.getString("email"),
                        WorkerRole.of(rs.getInt("role")),
                        WorkerStatus.of(rs.getInt("status"))))
                .list();
    }

    @Override
    public boolean isActiveAdministrator(String projectId, String workforceId, String email) {
        return workers.isActiveAdministrator(projectId, workforceId, WorkerEmails.normalise(email));
    }

    private static WorkforceRef ref(WorkforceEntity team) {
        return new WorkforceRef(team.getId(), team.getName(), team.getWorkerCount());
    }
}
