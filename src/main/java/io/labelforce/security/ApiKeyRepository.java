package io.labelforce.security;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

/** API keys are global (they grant projects), so this is the one repository not scoped by project. */
interface ApiKeyRepository extends JpaRepository<ApiKeyEntity, UUID> {

    Optional<ApiKeyEntity> findByTokenHash(String tokenHash);

    Page<ApiKeyEntity> findByRevokedAtIsNull(Pageable pageable);

    Optional<ApiKeyEntity> findByIdAndRevokedAtIsNull(UUID id);

    /** The member keys of an e-mail in a project that are not revoked. */
    @Query(
            value = "select * from api_key where permission = 'member' and worker_email = :email"
                    + " and projects = array[cast(:project as text)] and revoked_at is null",
            nativeQuery = true)
    List<ApiKeyEntity> findMemberKeys(@Param("project") String projectId, @Param("email") String email);
}
