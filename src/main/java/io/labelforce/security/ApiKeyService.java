package io.labelforce.security;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.labelforce.common.DomainException;
import io.labelforce.common.ErrorCodes;
import io.labelforce.common.ErrorKind;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Autowired;
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

    private final List<MemberKeyGuard> guards;
    /** member key id → whether its member may still act, cached like the key itself. */
    private final Cache<UUID, Boolean> memberChecks;

    ApiKeyService(ApiKeyRepository repository, Clock clock, SecuritySettings settings) {
        this(repository, clock, settings, List.of());
    }

    @Autowired
    ApiKeyService(ApiKeyRepository repository, Clock clock, SecuritySettings settings, List<MemberKeyGuard> guards) {
        this.repository = repository;
        this.clock = clock;
        this.guards = List.copyOf(guards);
        this.lookups = Caffeine.newBuilder()
                .expireAfterWrite(settings.keyCacheTtl())
                .maximumSize(100_000)
                .build();
        this.memberChecks = Caffeine.newBuilder()
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
        Permission permission = Permission.fromWire(request.permission());
        List<String> projects = new LinkedHashSet<>(request.projects()).stream().toList();
        KeyRules.checkMemberKey(permission, projects, request.workerEmail());
        String token = Tokens.newToken();
        ApiKeyEntity key = repository.save(new ApiKeyEntity(
                request.name(), Tokens.hash(token), permission, projects, request.workerEmail(), expiresAt, now));
        return new CreatedApiKey(token, ApiKeyView.of(key));
    }

    /** A member key for the e-mail in the project; the member's earlier member keys there are revoked. */
    @Transactional
    MemberCredentials.IssuedMemberKey issueMemberKey(String projectId, String email, String name) {
        revokeMemberKeys(projectId, email);
        String token = Tokens.newToken();
        ApiKeyEntity key = repository.save(new ApiKeyEntity(
                name, Tokens.hash(token), Permission.MEMBER, List.of(projectId), email, null, clock.instant()));
        return new MemberCredentials.IssuedMemberKey(key.getId(), token);
    }

    @Transactional
    int revokeMemberKeys(String projectId, String email) {
        List<ApiKeyEntity> keys = repository.findMemberKeys(projectId, email);
        Instant now = clock.instant();
        for (ApiKeyEntity key : keys) {
            key.revoke(now);
            lookups.invalidate(key.getTokenHash());
            memberChecks.invalidate(key.getId());
        }
        return keys.size();
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
                .filter(k -> k.getPermission() != Permission.MEMBER || stillMember(k.getId()))
                .map(k -> new Caller(
                        k.getId(),
                        k.getName(),
                        k.getPermission(),
                        Set.copyOf(k.getProjects()),
                        k.getWorkerEmail(),
                        Caller.Kind.API_KEY));
    }

    private boolean stillMember(UUID keyId) {
        return memberChecks.get(keyId, id -> guards.stream().allMatch(guard -> guard.stillMember(id)));
    }
}
