package io.labelforce.job;

import java.util.Optional;
import java.util.UUID;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/** Every method takes the project id: a job is never found outside its project. */
interface AnnotationJobRepository extends JpaRepository<AnnotationJobEntity, UUID> {

    Optional<AnnotationJobEntity> findByIdAndProjectId(UUID id, String projectId);

    Page<AnnotationJobEntity> findByProjectId(String projectId, Pageable pageable);

    /** Case-insensitive substring match; Spring Data escapes {@code %}, {@code _} and {@code \}. */
    Page<AnnotationJobEntity> findByProjectIdAndNameContainingIgnoreCase(
            String projectId, String name, Pageable pageable);

    long countByProjectId(String projectId);

    /** Serialises job creation within a project, so that the quota holds under concurrent requests. */
    @Query(
            value =
                    "select 1 from (select pg_advisory_xact_lock(hashtextextended('annotation_job:' || :projectId, 0))) l",
            nativeQuery = true)
    int lockProject(String projectId);
}
