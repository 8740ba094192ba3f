package io.labelforce.workforce;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import io.labelforce.common.Paging;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Team members. Every membership change locks the team row first: changes to one team serialise, the
 * {@code worker_count} and the quota stay exact, and a task assigning the team (which locks it for share
 * through {@link WorkforceDirectory#lockWorkforces}) is never overtaken.
 */
@Service
@Transactional(readOnly = true)
class WorkerService {

    private final WorkerRepository workers;
    private final WorkforceRepository workforces;
    private final WorkforceUsages usages;
    private final WorkforceSettings settings;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    WorkerService(WorkerRepository workers, WorkforceRepository workforces, WorkforceUsages usages,
            WorkforceSettings settings, ApplicationEventPublisher events, Clock clock) {
        this.workers = workers;
        this.workforces = workforces;
        this.usages = usages;
        this.settings = settings;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Adds a member, or reactivates the removed member with this e-mail (same row and worker id). A second
     * administrator breaks {@code uk_worker_workforce_admin} (409 ModelArts.4617) at the flush. Publishes
     * {@link WorkerAdded} in the same transaction (an invitation e-mail follows, if configured).
     */
    @Transactional
    WorkerView add(String projectId, String workforceId, CreateWorkerRequest request, String locale) {
        WorkforceEntity team = lockTeam(projectId, workforceId);
        WorkerEntity existing = workers.findByProjectIdAndWorkforceIdAndEmail(projectId, workforceId, request.emails())
                .orElse(null);
        if (existing != null && !existing.isRemoved()) {
            throw WorkforceErrors.emailExists();
        }
        if (team.getWorkerCount() >= settings.workersPerWorkforce()) {
            throw WorkforceErrors.tooManyWorkers(settings.workersPerWorkforce());
        }
        Instant now = clock.instant();
        WorkerEntity worker;
        if (existing != null) {
            existing.reactivate(request.role(), request.description(), now);
            worker = existing;
        } else {
            worker = workers.save(new WorkerEntity(projectId, workforceId, request.emails(), request.role(),
                    request.description(), now));
        }
        workers.flush();
        workforces.addToWorkerCount(projectId, workforceId, 1);
        events.publishEvent(new WorkerAdded(projectId, workforceId, worker.getId(), worker.getEmail(),
                worker.getRole(), locale, now));
        return WorkerView.of(worker);
    }

    /** ListWorkers: one team's active members; the team check runs only when the page is empty. */
    WorkforceResponses.WorkerList list(String projectId, String workforceId, WorkerQuery query) {
        Specification<WorkerEntity> spec = active(projectId)
                .and((root, q, cb) -> cb.equal(root.get("workforceId"), workforceId));
        WorkforceResponses.WorkerList list = page(spec, query);
        if (list.totalNumber() == 0 && !workforces.existsByIdAndProjectId(workforceId, projectId)) {
            throw WorkforceErrors.workforceNotFound(workforceId);
        }
        return list;
    }

    /** ListAllWorkers: the active members of every team of the project, of one role or of all. */
    WorkforceResponses.WorkerList listAll(String projectId, WorkerQuery query) {
        Specification<WorkerEntity> spec = active(projectId);
        Integer role = query.role();
        if (role != null) {
            spec = spec.and((root, q, cb) -> cb.equal(root.get("role"), role));
        }
        return page(spec, query);
    }

    WorkerView get(String projectId, String workforceId, String workerId) {
        return WorkerView.of(findActive(projectId, workforceId, workerId));
    }

    /** Optimistic locking (@Version) refuses the write if another update committed since the read. */
    @Transactional
    void update(String projectId, String workforceId, String workerId, UpdateWorkerRequest request) {
        findActive(projectId, workforceId, workerId).update(request.role(), request.description(), clock.instant());
        workers.flush();
    }

    /** Soft delete (status 3) of one member; fails as a whole, unlike {@link #removeAll}. */
    @Transactional
    void remove(String projectId, String workforceId, String workerId, @Nullable String callerEmail) {
        WorkforceResponses.BatchResponse result = removeAll(projectId, workforceId, List.of(workerId), callerEmail);
        WorkforceResponses.BatchResponse only = Objects.requireNonNull(result.results()).get(0);
        if (!only.success()) {
            throw switch (Objects.requireNonNull(only.errorCode())) {
                case WorkforceErrors.WORKER_IN_USE -> WorkforceErrors.workerInUse(workerId);
                case WorkforceErrors.CANNOT_REMOVE_SELF -> WorkforceErrors.cannotRemoveSelf();
                default -> WorkforceErrors.workerNotFound(workerId);
            };
        }
    }

    /**
     * Soft delete of many members in a bounded number of statements (lock, find, one update, the counter).
     * Each id succeeds or fails alone: unknown or already removed (4604), the caller itself (4618), used by
     * a task (4628). A repeated id gets the same result as its first occurrence.
     */
    @Transactional
    WorkforceResponses.BatchResponse removeAll(String projectId, String workforceId, List<String> workerIds,
            @Nullable String callerEmail) {
        lockTeam(projectId, workforceId);
        Map<String, WorkerEntity> found = workerIds.isEmpty() ? Map.of()
                : workers.findActive(projectId, workforceId, Set.copyOf(workerIds)).stream()
                        .collect(Collectors.toMap(WorkerEntity::getId, Function.identity()));
        String self = callerEmail == null ? null : WorkerEmails.normalise(callerEmail);
        Set<String> candidates = found.values().stream().filter(w -> !w.getEmail().equals(self))
                .map(WorkerEntity::getId).collect(Collectors.toSet());
        Set<String> inUse = usages.workersInUse(projectId, workforceId, candidates);
        List<String> removable = candidates.stream().filter(id -> !inUse.contains(id)).toList();
        if (!removable.isEmpty()) {
            int removed = workers.remove(projectId, workforceId, removable, clock.instant());
            workforces.addToWorkerCount(projectId, workforceId, -removed);
        }
        List<WorkforceResponses.BatchResponse> results = new ArrayList<>(workerIds.size());
        for (String id : workerIds) {
            if (!found.containsKey(id)) {
                results.add(WorkforceResponses.BatchResponse.failed(WorkforceErrors.WORKER_NOT_FOUND,
                        "Team member " + id + " does not exist"));
            } else if (!candidates.contains(id)) {
                results.add(WorkforceResponses.BatchResponse.failed(WorkforceErrors.CANNOT_REMOVE_SELF,
                        WorkforceErrors.cannotRemoveSelfMessage()));
            } else if (inUse.contains(id)) {
                results.add(WorkforceResponses.BatchResponse.failed(WorkforceErrors.WORKER_IN_USE,
                        WorkforceErrors.workerInUseMessage(id)));
            } else {
                results.add(WorkforceResponses.BatchResponse.ok());
            }
        }
        return WorkforceResponses.BatchResponse.of(results);
    }

    private WorkforceEntity lockTeam(String projectId, String workforceId) {
        return workforces.lockByIdAndProjectId(workforceId, projectId)
                .orElseThrow(() -> WorkforceErrors.workforceNotFound(workforceId));
    }

    /** An unknown member of an unknown team is reported as the team (4601), else as the member (4604). */
    private WorkerEntity findActive(String projectId, String workforceId, String workerId) {
        return workers.findActive(projectId, workforceId, workerId).orElseThrow(() ->
                workforces.existsByIdAndProjectId(workforceId, projectId)
                        ? WorkforceErrors.workerNotFound(workerId)
                        : WorkforceErrors.workforceNotFound(workforceId));
    }

    private WorkforceResponses.WorkerList page(Specification<WorkerEntity> spec, WorkerQuery query) {
        String property = "email".equals(query.sortBy()) ? "email" : "createTime";
        Pageable pageable = Paging.page(query.offset(), query.limit(), Paging.sort(property, query.order(), "id"));
        Page<WorkerView> page = workers.findAll(spec, pageable).map(WorkerView::of);
        return new WorkforceResponses.WorkerList(page.getTotalElements(), page.getContent());
    }

    /** The project's members that are not removed; {@code status <> 3} as a literal, for the partial indexes. */
    private static Specification<WorkerEntity> active(String projectId) {
        return (root, q, cb) -> cb.and(cb.equal(root.get("projectId"), projectId),
                cb.notEqual(root.get("status"), cb.literal(WorkerRef.STATUS_REMOVED)));
    }
}
