package io.labelforce.dataset;

import jakarta.persistence.LockModeType;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

/** Every method takes the project id: a dataset is never found outside its project. */
interface DatasetRepository extends JpaRepository<DatasetEntity, String> {

    Optional<DatasetEntity> findByIdAndProjectId(String id, String projectId);

    /** The row locked for the rest of the transaction (delete: no task may appear meanwhile). */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select d from DatasetEntity d where d.id = :id and d.projectId = :projectId")
    Optional<DatasetEntity> lockByIdAndProjectId(String id, String projectId);

    @Query("""
            select d from DatasetEntity d
            where d.projectId = :projectId
              and (:datasetType is null or d.datasetType = :datasetType)
              and (:workspaceId is null or d.workspaceId = :workspaceId)
              and (:namePattern is null or upper(d.name) like :namePattern escape '\\')
            """)
    Page<DatasetEntity> search(
            String projectId,
            @Nullable Integer datasetType,
            @Nullable String workspaceId,
            @Nullable String namePattern,
            Pageable pageable);
}
