package io.labelforce.task;

import jakarta.persistence.LockModeType;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

/** Every method takes the project and the dataset: a task is only found under its own dataset path. */
interface WorkforceTaskRepository extends JpaRepository<WorkforceTaskEntity, String> {

    @Query(
            "select t from WorkforceTaskEntity t where t.id = :id and t.projectId = :projectId and t.datasetId = :datasetId")
    Optional<WorkforceTaskEntity> find(String projectId, String datasetId, String id);

    /** The task locked until the transaction ends: writes to one task run one after another. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query(
            "select t from WorkforceTaskEntity t where t.id = :id and t.projectId = :projectId and t.datasetId = :datasetId")
    Optional<WorkforceTaskEntity> lock(String projectId, String datasetId, String id);

    Page<WorkforceTaskEntity> findByProjectIdAndDatasetId(String projectId, String datasetId, Pageable pageable);
}
