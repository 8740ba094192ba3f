package io.labelforce.security;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.labelforce.common.DomainException;
import io.labelforce.common.ErrorCodes;
import io.labelforce.common.ErrorKind;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional(readOnly = true)
class ApiKeyService {

    private final ApiKeyRepository repository;
    private final Clock clock;
    /** token hash → key; a short cache so that a request costs no query while a key stays valid. */
    private final Cache<String, Optional<ApiKeyEntity>> lookups;

    ApiKeyService(ApiKeyRepository repository, Clock clock, SecuritySettings settings) {
        this.repository = repository;
        this.clock = clock;
        this.lookups = Caffeine.newBuilder()
                .expireAfterWrite(settings.keyCacheTtl())
                .maximumSize(100_000)
                .build();
    }

    @Transactional
    CreatedApiKey create(CreateApiKeyRequest request) {
        Instant now = clock.instant();
        Instant expiresAt = request.expiresAt() == null ? null : Instant.ofEpochMilli(request.expiresAt());
        if (expiresAt != null && !expiresAt.isAfter(now)) {
            throw new DomainException(
                    ErrorKind.INVALID, ErrorCodes.INVALID_PARAMETER, "expires_at: must be in the future");
        }
        String token = Tokens.newToken();
        ApiKeyEntity key = repository.save(new ApiKeyEntity(
                request.name(),
                Tokens.hash(token),
                Permission.fromWire(request.permission()),
                new LinkedHashSet<>(request.projects()).stream().toList(),
                request.workerEmail(),
                expiresAt,
                now));
        return new CreatedApiKey(token, ApiKeyView.of(key));
    }

    Page<ApiKeyView> list(Pageable pageable) {
        return repository.findByRevokedAtIsNull(pageable).map(ApiKeyView::of);
    }

    @Transactional
    void revoke(UUID id) {
        ApiKeyEntity key = repository
                .findByIdAndRevokedAtIsNull(id)
                .orElseThrow(() -> new DomainException(
                        ErrorKind.NOT_FOUND, ErrorCodes.NOT_FOUND, "API key " + id + " does not exist"));
        key.revoke(clock.instant());
        lookups.invalidate(key.getTokenHash());
    }

    /**
     * The caller a token stands for, if the token belongs to a key that is neither revoked nor expired. Runs
     * outside a transaction: a cached key costs no connection (every request passes here), a lookup runs the
     * repository's own read.
     */
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    Optional<Caller> authenticate(String token) {
        Optional<ApiKeyEntity> key = lookups.get(Tokens.hash(token), repository::findByTokenHash);
        return key.filter(k -> k.isUsableAt(clock.instant()))
                .map(k -> new Caller(
                        k.getId(),
                        k.getName(),
                        k.getPermission(),
                        Set.copyOf(k.getProjects()),
                        k.getWorkerEmail(),
                        Caller.Kind.API_KEY));
    }
}
