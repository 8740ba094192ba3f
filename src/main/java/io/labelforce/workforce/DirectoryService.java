package io.labelforce.workforce;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** {@link WorkforceDirectory} for other modules: one statement per call, records out, entities stay here. */
@Service
@Transactional(readOnly = true)
class DirectoryService implements WorkforceDirectory {

    private final WorkforceRepository workforces;
    private final WorkerRepository workers;

    DirectoryService(WorkforceRepository workforces, WorkerRepository workers) {
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
                .map(DirectoryService::ref).toList();
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
        return workforces.lockShared(projectId, Set.copyOf(workforceIds)).stream().map(DirectoryService::ref).toList();
    }

    @Override
    public List<WorkerRef> findWorkersByEmail(String projectId, String workforceId, Collection<String> emails) {
        Set<String> normalised = emails.stream().map(WorkerEmails::normalise).collect(Collectors.toSet());
        return normalised.isEmpty() ? List.of() : workers.findRefsByEmail(projectId, workforceId, normalised);
    }

    @Override
    public boolean isActiveAdministrator(String projectId, String workforceId, String email) {
        return workers.isActiveAdministrator(projectId, workforceId, WorkerEmails.normalise(email));
    }

    private static WorkforceRef ref(WorkforceEntity team) {
        return new WorkforceRef(team.getId(), team.getName(), team.getWorkerCount());
    }
}
