package io.labelforce.workforce;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

/**
 * Every method takes the project id. "Active" means {@code status <> REMOVED}, written as a literal (rendered
 * as {@code status <> 3}) so that the partial indexes of the migration apply.
 */
interface WorkerRepository extends JpaRepository<WorkerEntity, String>, WorkerPages {

    @Query("select w from WorkerEntity w where w.id = :id and w.workforceId = :workforceId"
            + " and w.projectId = :projectId and w.status <> io.labelforce.workforce.WorkerStatus.REMOVED")
    Optional<WorkerEntity> findActive(String projectId, String workforceId, String id);

    @Query("select w from WorkerEntity w where w.id in :ids and w.workforceId = :workforceId"
            + " and w.projectId = :projectId and w.status <> io.labelforce.workforce.WorkerStatus.REMOVED")
    List<WorkerEntity> findActive(String projectId, String workforceId, Collection<String> ids);

    /** Any status: a removed member's row is reactivated when its e-mail is added again. */
    Optional<WorkerEntity> findByProjectIdAndWorkforceIdAndEmail(String projectId, String workforceId, String email);

    /** Soft delete to {@link WorkerStatus#REMOVED}; the version moves on as if the entity had been updated. */
    @Modifying
    @Query(
            "update WorkerEntity w set w.status = io.labelforce.workforce.WorkerStatus.REMOVED, w.updateTime = :now, w.version = w.version + 1"
                    + " where w.id in :ids and w.workforceId = :workforceId and w.projectId = :projectId and w.status <> io.labelforce.workforce.WorkerStatus.REMOVED")
    int remove(String projectId, String workforceId, Collection<String> ids, Instant now);

    /** Moves a member whose status is one of {@code from} to {@code status}: one conditional update. */
    @Modifying
    @Query("update WorkerEntity w set w.status = :status, w.updateTime = :now, w.version = w.version + 1"
            + " where w.id = :id and w.workforceId = :workforceId and w.projectId = :projectId"
            + " and w.status in :from")
    int changeStatus(
            String projectId,
            String workforceId,
            String id,
            Collection<WorkerStatus> from,
            WorkerStatus status,
            Instant now);

    @Query("select new io.labelforce.workforce.WorkerRef(w.id, w.workforceId, w.email, w.role, w.status)"
            + " from WorkerEntity w where w.id = :id and w.workforceId = :workforceId and w.projectId = :projectId")
    Optional<WorkerRef> findRef(String projectId, String workforceId, String id);

    @Query("select new io.labelforce.workforce.WorkerRef(w.id, w.workforceId, w.email, w.role, w.status)"
            + " from WorkerEntity w where w.workforceId = :workforceId and w.projectId = :projectId"
            + " and w.status <> io.labelforce.workforce.WorkerStatus.REMOVED order by w.email")
    List<WorkerRef> findActiveRefs(String projectId, String workforceId);

    @Query(
            "select count(w) > 0 from WorkerEntity w where w.email = :email and w.workforceId = :workforceId"
                    + " and w.projectId = :projectId and w.role = io.labelforce.workforce.WorkerRole.TEAM_ADMINISTRATOR and w.status <> io.labelforce.workforce.WorkerStatus.REMOVED")
    boolean isActiveAdministrator(String projectId, String workforceId, String email);
}
