package io.labelforce.workforce;

import java.time.Clock;
import java.time.Instant;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Team members: add, list, read, update ({@link WorkerRemovalService} removes). Every membership change
 * locks the team row first: changes to one team serialise, and {@code worker_count} and the quota stay exact.
 */
@Service
@Transactional(readOnly = true)
class WorkerService {

    private final WorkerRepository workers;
    private final WorkforceRepository workforces;
    private final WorkforceSettings settings;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final JdbcClient jdbc;

    WorkerService(
            WorkerRepository workers,
            WorkforceRepository workforces,
            WorkforceSettings settings,
            ApplicationEventPublisher events,
            Clock clock,
            JdbcClient jdbc) {
        this.workers = workers;
        this.workforces = workforces;
        this.settings = settings;
        this.events = events;
        this.clock = clock;
        this.jdbc = jdbc;
    }

    /**
     * Adds a member, or reactivates the removed member with this e-mail (same row and worker id). A second
     * administrator breaks {@code uk_worker_workforce_admin} (409 ModelArts.4617) at the flush. Publishes
     * {@link WorkerAdded} in the same transaction (an invitation e-mail follows, if configured).
     */
    @Transactional
    WorkerView add(String projectId, String workforceId, CreateWorkerRequest request, String locale) {
        int workerCount = lockTeam(projectId, workforceId);
        WorkerEntity existing = workers.findByProjectIdAndWorkforceIdAndEmail(projectId, workforceId, request.emails())
                .orElse(null);
        if (existing != null && !existing.isRemoved()) {
            throw WorkforceErrors.emailExists();
        }
        if (workerCount >= settings.workersPerWorkforce()) {
            throw WorkforceErrors.tooManyWorkers(settings.workersPerWorkforce());
        }
        Instant now = clock.instant();
        WorkerEntity worker;
        if (existing != null) {
            existing.reactivate(WorkerRole.of(request.role()), request.description(), now);
            worker = existing;
        } else {
            worker = workers.save(new WorkerEntity(
                    projectId,
                    workforceId,
                    request.emails(),
                    WorkerRole.of(request.role()),
                    request.description(),
                    now));
        }
        workers.flush();
        workforces.addToWorkerCount(projectId, workforceId, 1);
        events.publishEvent(new WorkerAdded(
                projectId, workforceId, worker.getId(), worker.getEmail(), worker.getRole(), locale, now));
        return WorkerView.of(worker);
    }

    /** ListWorkers: one team's active members; the team check runs only when the page is empty. */
    WorkforceResponses.WorkerList list(String projectId, String workforceId, WorkerQuery query) {
        WorkforceResponses.WorkerList list = page(projectId, workforceId, null, query);
        if (list.totalNumber() == 0 && !workforces.existsByIdAndProjectId(workforceId, projectId)) {
            throw WorkforceNotFound.workforce(workforceId);
        }
        return list;
    }

    /** ListAllWorkers: the active members of every team of the project, of one role or of all. */
    WorkforceResponses.WorkerList listAll(String projectId, WorkerQuery query) {
        return page(projectId, null, query.role(), query);
    }

    WorkerView get(String projectId, String workforceId, String workerId) {
        return WorkerView.of(findActive(projectId, workforceId, workerId));
    }

    /** Optimistic locking (@Version) refuses the write if another update committed since the read. */
    @Transactional
    void update(String projectId, String workforceId, String workerId, UpdateWorkerRequest request) {
        findActive(projectId, workforceId, workerId)
                .update(request.roleOrNull(), request.description(), clock.instant());
        workers.flush();
    }

    /**
     * Locks the team row (FOR NO KEY UPDATE, what {@code PESSIMISTIC_WRITE} takes: member inserts, whose foreign
     * key takes FOR KEY SHARE, are not blocked by it) and returns its {@code worker_count}. Plain SQL: adding
     * a member needs the count, not a managed team entity (an HQL query translated and an entity loaded and
     * dirty-checked on every call).
     */
    private int lockTeam(String projectId, String workforceId) {
        return jdbc.sql("select worker_count from workforce where id = ? and project_id = ? for no key update")
                .params(workforceId, projectId)
                .query(Integer.class)
                .optional()
                .orElseThrow(() -> WorkforceNotFound.workforce(workforceId));
    }

    /** An unknown member of an unknown team is reported as the team (4601), else as the member (4604). */
    private WorkerEntity findActive(String projectId, String workforceId, String workerId) {
        return workers.findActive(projectId, workforceId, workerId)
                .orElseThrow(() -> workforces.existsByIdAndProjectId(workforceId, projectId)
                        ? WorkforceNotFound.worker(workerId)
                        : WorkforceNotFound.workforce(workforceId));
    }

    private WorkforceResponses.WorkerList page(
            String projectId, @Nullable String workforceId, @Nullable WorkerRole role, WorkerQuery query) {
        String property = "email".equals(query.sortBy()) ? "email" : "createTime";
        WorkerPages.WorkerFilter filter =
                new WorkerPages.WorkerFilter(projectId, workforceId, role, property, "desc".equals(query.order()));
        Page<WorkerView> page = workers.findActive(filter, query.page().pageable(Sort.unsorted()))
                .map(WorkerView::of);
        return new WorkforceResponses.WorkerList(page.getTotalElements(), page.getContent());
    }
}
