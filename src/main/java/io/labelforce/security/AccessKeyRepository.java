package io.labelforce.security;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

/** Access keys are global (they grant projects), like API keys. */
interface AccessKeyRepository extends JpaRepository<AccessKeyEntity, UUID> {

    Optional<AccessKeyEntity> findByAccessKey(String accessKey);

    Page<AccessKeyEntity> findByRevokedAtIsNull(Pageable pageable);

    Optional<AccessKeyEntity> findByIdAndRevokedAtIsNull(UUID id);

    List<AccessKeyEntity> findTop500ByKekIdNot(String kekId);
}
