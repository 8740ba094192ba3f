package io.labelforce.security;

import com.github.benmanes.caffeine.cache.Cache;
import io.labelforce.common.DomainException;
import io.labelforce.common.ErrorCodes;
import io.labelforce.common.ErrorKind;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Issues, lists and revokes AK/SK pairs, and finds the key and secret a signed request names. */
@Service
@Transactional(readOnly = true)
class AccessKeyService {

    private static final String AK_ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
    private static final String SK_ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
    private static final SecureRandom RANDOM = new SecureRandom();

    /** A usable key and its opened secret, as the signature check needs them. */
    record SigningKey(Caller caller, String secret) {}

    private final AccessKeyRepository repository;
    private final KeyEncryption encryption;
    private final Clock clock;
    private final Cache<String, Optional<AccessKeyEntity>> lookups;

    AccessKeyService(AccessKeyRepository repository, KeyEncryption encryption, Clock clock, SecuritySettings settings) {
        this.repository = repository;
        this.encryption = encryption;
        this.clock = clock;
        this.lookups = settings.keyCache();
    }

    @Transactional
    CreatedAccessKey create(CreateApiKeyRequest request) {
        if (!encryption.configured()) {
            throw new DomainException(
                    ErrorKind.UNAVAILABLE,
                    ErrorCodes.UNAVAILABLE,
                    "Access keys need labelforce.security.key-encryption-key to be configured");
        }
        NewKeyGrant grant = NewKeyGrant.of(request, clock.instant());
        UUID id = UUID.randomUUID();
        String secret = random(SK_ALPHABET, 40);
        AccessKeyEntity key = repository.save(
                new AccessKeyEntity(id, "LF" + random(AK_ALPHABET, 18), encryption.seal(secret, id.toString()), grant));
        return new CreatedAccessKey(secret, AccessKeyView.of(key));
    }

    Page<AccessKeyView> list(Pageable pageable) {
        return repository.findByRevokedAtIsNull(pageable).map(AccessKeyView::of);
    }

    @Transactional
    void revoke(UUID id) {
        AccessKeyEntity key = repository
                .findByIdAndRevokedAtIsNull(id)
                .orElseThrow(() -> new DomainException(
                        ErrorKind.NOT_FOUND, ErrorCodes.NOT_FOUND, "Access key " + id + " does not exist"));
        key.revoke(clock.instant());
        lookups.invalidate(key.getAccessKey());
    }

    /** The key named {@code accessKey} with its secret, if it is neither revoked nor expired. */
    Optional<SigningKey> signingKey(String accessKey) {
        return lookups.get(accessKey, repository::findByAccessKey)
                .filter(k -> k.isUsableAt(clock.instant()))
                .flatMap(k -> encryption
                        .open(k.getSecretCiphertext(), k.getKekId(), k.getId().toString())
                        .map(secret -> new SigningKey(k.caller(Caller.Kind.ACCESS_KEY), secret)));
    }

    private static String random(String alphabet, int length) {
        StringBuilder out = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            out.append(alphabet.charAt(RANDOM.nextInt(alphabet.length())));
        }
        return out.toString();
    }
}
