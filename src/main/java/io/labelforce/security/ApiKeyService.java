package io.labelforce.security;

import com.github.benmanes.caffeine.cache.Cache;
import io.labelforce.common.DomainException;
import io.labelforce.common.ErrorCodes;
import io.labelforce.common.ErrorKind;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Issues, lists and revokes API keys (member keys among them), and finds the caller a token stands for. */
@Service
@Transactional(readOnly = true)
class ApiKeyService {

    private final ApiKeyRepository repository;
    private final Clock clock;
    /** token hash → key; a short cache so that a request costs no query while a key stays valid. */
    private final Cache<String, Optional<ApiKeyEntity>> lookups;

    /** Asked lazily (the guards' modules may need beans that need this one). */
    private final Supplier<List<MemberKeyGuard>> guards;
    /** member key id → whether its member may still act, cached like the key itself. */
    private final Cache<UUID, Boolean> memberChecks;

    ApiKeyService(ApiKeyRepository repository, Clock clock, SecuritySettings settings) {
        this(repository, clock, settings, List::of);
    }

    @Autowired
    ApiKeyService(
            ApiKeyRepository repository,
            Clock clock,
            SecuritySettings settings,
            ObjectProvider<MemberKeyGuard> guards) {
        this(repository, clock, settings, () -> guards.orderedStream().toList());
    }

    private ApiKeyService(
            ApiKeyRepository repository,
            Clock clock,
            SecuritySettings settings,
            Supplier<List<MemberKeyGuard>> guards) {
        this.repository = repository;
        this.clock = clock;
        this.guards = guards;
        this.lookups = settings.keyCache();
        this.memberChecks = settings.keyCache();
    }

    @Transactional
    CreatedApiKey create(CreateApiKeyRequest request) {
        return create(NewKeyGrant.of(request, clock.instant()));
    }

    /** A member key for the e-mail in the project; the member's earlier member keys there are revoked. */
    @Transactional
    MemberCredentials.IssuedMemberKey issueMemberKey(String projectId, String email, String name) {
        revokeMemberKeys(projectId, email);
        CreatedApiKey created = create(NewKeyGrant.member(name, projectId, email, clock.instant()));
        return new MemberCredentials.IssuedMemberKey(created.key().id(), created.token());
    }

    private CreatedApiKey create(NewKeyGrant grant) {
        String token = Tokens.newToken();
        ApiKeyEntity key = repository.save(new ApiKeyEntity(Tokens.hash(token), grant));
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
        revoke(key, clock.instant());
    }

    @Transactional
    int revokeMemberKeys(String projectId, String email) {
        List<ApiKeyEntity> keys = repository.findMemberKeys(projectId, email);
        Instant now = clock.instant();
        keys.forEach(key -> revoke(key, now));
        return keys.size();
    }

    private void revoke(ApiKeyEntity key, Instant now) {
        key.revoke(now);
        lookups.invalidate(key.getTokenHash());
        memberChecks.invalidate(key.getId());
    }

    /**
     * The caller a token stands for, if the token belongs to a key that is neither revoked nor expired (nor,
     * for a member key, vetoed by a {@link MemberKeyGuard}). Runs outside a transaction: a cached key costs no
     * connection (every request passes here), a lookup runs the repository's own read.
     */
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    Optional<Caller> authenticate(String token) {
        Optional<ApiKeyEntity> key = lookups.get(Tokens.hash(token), repository::findByTokenHash);
        return key.filter(k -> k.isUsableAt(clock.instant()))
                .filter(k -> k.getPermission() != Permission.MEMBER || stillMember(k.getId()))
                .map(k -> k.caller(Caller.Kind.API_KEY));
    }

    private boolean stillMember(UUID keyId) {
        return memberChecks.get(keyId, id -> guards.get().stream().allMatch(guard -> guard.stillMember(id)));
    }
}
