package io.labelforce.workforce;

import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;

/** Pages of active members; a fragment of {@link WorkerRepository}. */
interface WorkerPages {

    /**
     * The page and, when needed, the total: two statements. The page is a "deferred join": the ids of the page
     * are chosen on an index-only scan (so skipping 100,000 rows reads no table rows), then only those rows
     * are read. Without it PostgreSQL may sort every member of the project to find a deep page.
     */
    Page<WorkerEntity> findActive(WorkerFilter filter, Pageable pageable);

    /**
     * Which active members to list: always one project, optionally one team and one role.
     * {@code sortBy} is {@code createTime} or {@code email}; ties are broken by id.
     */
    record WorkerFilter(
            String projectId,
            @Nullable String workforceId,
            @Nullable WorkerRole role,
            String sortBy,
            boolean descending) {}
}
