package io.labelforce.security;

import java.util.Optional;
import java.util.UUID;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

/** API keys are global (they grant projects), so this is the one repository not scoped by project. */
interface ApiKeyRepository extends JpaRepository<ApiKeyEntity, UUID> {

    Optional<ApiKeyEntity> findByTokenHash(String tokenHash);

    Page<ApiKeyEntity> findByRevokedAtIsNull(Pageable pageable);

    Optional<ApiKeyEntity> findByIdAndRevokedAtIsNull(UUID id);
}
