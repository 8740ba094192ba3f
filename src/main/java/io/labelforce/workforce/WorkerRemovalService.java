package io.labelforce.workforce;

import io.labelforce.common.BatchResponse;
import io.labelforce.common.DomainException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Removing members: a soft delete to status 3, in a bounded number of statements however many ids (lock the
 * team, find the members, one update, the counter). The team row is locked before {@link WorkforceUsage} is
 * asked, so a task that locked the team first (through {@link WorkforceDirectory#lockWorkforces}) is seen.
 */
@Service
@Transactional
class WorkerRemovalService {

    private final WorkerRepository workers;
    private final WorkforceRepository workforces;
    private final WorkforceUsages usages;
    private final Clock clock;

    WorkerRemovalService(
            WorkerRepository workers, WorkforceRepository workforces, WorkforceUsages usages, Clock clock) {
        this.workers = workers;
        this.workforces = workforces;
        this.usages = usages;
        this.clock = clock;
    }

    /** DeleteWorker: removes the member or fails as a whole. */
    void remove(String projectId, String workforceId, String workerId, @Nullable String callerEmail) {
        DomainException failure = removeActive(projectId, workforceId, List.of(workerId), callerEmail)
                .get(workerId);
        if (failure != null) {
            throw failure;
        }
    }

    /**
     * DeleteWorkers: each id succeeds or fails alone (4604 unknown or already removed, 4618 the caller itself,
     * 4628 used by a task); a repeated id gets the result of its first occurrence.
     */
    BatchResponse removeAll(
            String projectId, String workforceId, List<String> workerIds, @Nullable String callerEmail) {
        Map<String, DomainException> failures = removeActive(projectId, workforceId, workerIds, callerEmail);
        List<BatchResponse> results = new ArrayList<>(workerIds.size());
        for (String id : workerIds) {
            DomainException failure = failures.get(id);
            results.add(
                    failure == null
                            ? BatchResponse.ok()
                            : BatchResponse.failed(failure.errorCode(), String.valueOf(failure.getMessage())));
        }
        return BatchResponse.of(results);
    }

    /** Removes what may be removed; returns why the others were not, by worker id. */
    private Map<String, DomainException> removeActive(
            String projectId, String workforceId, List<String> workerIds, @Nullable String callerEmail) {
        if (workforces.lockByIdAndProjectId(workforceId, projectId).isEmpty()) {
            throw WorkforceNotFound.workforce(workforceId);
        }
        Set<String> requested = Set.copyOf(workerIds);
        Map<String, String> emailsById = requested.isEmpty()
                ? Map.of()
                : workers.findActive(projectId, workforceId, requested).stream()
                        .collect(Collectors.toMap(WorkerEntity::getId, WorkerEntity::getEmail));
        String self = callerEmail == null ? null : WorkerEmails.normalise(callerEmail);

        Map<String, DomainException> failures = new LinkedHashMap<>();
        for (String id : requested) {
            if (!emailsById.containsKey(id)) {
                failures.put(id, WorkforceNotFound.worker(id));
            } else if (emailsById.get(id).equals(self)) {
                failures.put(id, WorkforceErrors.cannotRemoveSelf());
            }
        }
        Set<String> candidates = emailsById.keySet().stream()
                .filter(id -> !failures.containsKey(id))
                .collect(Collectors.toSet());
        for (String id : usages.workersInUse(projectId, workforceId, candidates)) {
            if (candidates.remove(id)) {
                failures.put(id, WorkforceErrors.workerInUse(id));
            }
        }
        if (!candidates.isEmpty()) {
            int removed = workers.remove(projectId, workforceId, candidates, clock.instant());
            workforces.addToWorkerCount(projectId, workforceId, -removed);
        }
        return failures;
    }
}
