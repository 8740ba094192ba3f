package io.labelforce.workforce;

import jakarta.persistence.LockModeType;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

/** Every method takes the project id: a team is never found outside its project. */
interface WorkforceRepository
        extends JpaRepository<WorkforceEntity, String>, JpaSpecificationExecutor<WorkforceEntity> {

    Optional<WorkforceEntity> findByIdAndProjectId(String id, String projectId);

    List<WorkforceEntity> findByProjectIdAndIdIn(String projectId, Collection<String> ids);

    boolean existsByIdAndProjectId(String id, String projectId);

    long countByProjectId(String projectId);

    /**
     * The team row locked for update: the lock every membership change and the team delete take first,
     * so they serialise with each other and with a task assigning the team
     * ({@code DirectoryService.lockWorkforces}, FOR SHARE).
     */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select w from WorkforceEntity w where w.id = :id and w.projectId = :projectId")
    Optional<WorkforceEntity> lockByIdAndProjectId(String id, String projectId);

    /**
     * The team row share-locked: what a single member's status change takes first (an invitation sent or
     * accepted), so that it waits for a membership change of many members in flight instead of locking their rows
     * in another order (a deadlock).
     */
    @Query(value = "select id from workforce where id = :id and project_id = :projectId for share", nativeQuery = true)
    Optional<String> shareLockByIdAndProjectId(String id, String projectId);

    /**
     * Keeps {@code worker_count}; a bulk update, so it neither bumps nor checks the team's version. Plain SQL:
     * Hibernate translates a JPQL update anew on every call (it caches only select plans), which took a
     * twentieth of member creation's CPU (docs/benchmarks.md, "Adding members").
     */
    @Modifying
    @Query(
            value = "update workforce set worker_count = worker_count + :delta"
                    + " where id = :id and project_id = :projectId",
            nativeQuery = true)
    int addToWorkerCount(String projectId, String id, int delta);

    /** Serialises team creation within a project, so that the quota holds under concurrent requests. */
    @Query(
            value = "select 1 from (select pg_advisory_xact_lock(hashtextextended('workforce:' || :projectId, 0))) l",
            nativeQuery = true)
    int lockProject(String projectId);
}
