package io.labelforce.workforce;

import io.labelforce.common.Like;
import io.labelforce.common.Paging;
import java.time.Clock;
import java.util.List;
import java.util.Set;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Labeling teams: create, list, read, update, delete. */
@Service
@Transactional(readOnly = true)
class WorkforceService {

    private final WorkforceRepository repository;
    private final WorkforceUsages usages;
    private final WorkforceSettings settings;
    private final Clock clock;

    WorkforceService(WorkforceRepository repository, WorkforceUsages usages, WorkforceSettings settings, Clock clock) {
        this.repository = repository;
        this.usages = usages;
        this.settings = settings;
        this.clock = clock;
    }

    @Transactional
    WorkforceResponses.Created create(String projectId, CreateWorkforceRequest request) {
        repository.lockProject(projectId);
        if (repository.countByProjectId(projectId) >= settings.workforcesPerProject()) {
            throw WorkforceErrors.tooManyWorkforces(settings.workforcesPerProject());
        }
        // a duplicate name breaks uk_workforce_project_name: 409 ModelArts.4602 (WorkforceErrors)
        WorkforceEntity team = repository.saveAndFlush(
                new WorkforceEntity(projectId, request.workforceName(), request.description(), clock.instant()));
        return new WorkforceResponses.Created(team.getId());
    }

    /** One query for the page and at most one count; {@code worker_count} is a column of the same rows. */
    WorkforceResponses.WorkforceList list(String projectId, WorkforceQuery query) {
        String property = "workforce_name".equals(query.sortBy()) ? "name" : "createTime";
        Pageable pageable = query.page().pageable(Paging.sort(property, query.order(), "id"));
        Specification<WorkforceEntity> spec = (root, q, cb) -> cb.equal(root.get("projectId"), projectId);
        if (!query.searchContent().isEmpty()) {
            String pattern = Like.containsIgnoreCase(query.searchContent());
            spec = spec.and((root, q, cb) -> cb.like(cb.upper(root.get("name")), pattern, '\\'));
        }
        if (query.workforceTaskId() != null) {
            Set<String> teams = usages.workforcesOfTask(projectId, query.workforceTaskId());
            if (teams.isEmpty()) {
                return new WorkforceResponses.WorkforceList(0, List.of());
            }
            spec = spec.and((root, q, cb) -> root.get("id").in(teams));
        }
        Page<WorkforceView> page = repository.findAll(spec, pageable).map(WorkforceView::of);
        return new WorkforceResponses.WorkforceList(page.getTotalElements(), page.getContent());
    }

    WorkforceView get(String projectId, String workforceId) {
        return WorkforceView.of(find(projectId, workforceId));
    }

    /** Optimistic locking (@Version) refuses the write if another update committed since the read. */
    @Transactional
    void update(String projectId, String workforceId, UpdateWorkforceRequest request) {
        find(projectId, workforceId).update(request.workforceName(), request.description(), clock.instant());
        repository.flush();
    }

    /**
     * Locks the team first, so that no task can take it while {@link WorkforceUsage} is asked; then deletes it
     * with its members (foreign key {@code on delete cascade}).
     */
    @Transactional
    void delete(String projectId, String workforceId) {
        WorkforceEntity team = repository
                .lockByIdAndProjectId(workforceId, projectId)
                .orElseThrow(() -> WorkforceNotFound.workforce(workforceId));
        if (usages.isWorkforceInUse(projectId, workforceId)) {
            throw WorkforceErrors.workforceInUse(workforceId);
        }
        repository.delete(team);
        repository.flush();
    }

    private WorkforceEntity find(String projectId, String workforceId) {
        return repository
                .findByIdAndProjectId(workforceId, projectId)
                .orElseThrow(() -> WorkforceNotFound.workforce(workforceId));
    }
}
