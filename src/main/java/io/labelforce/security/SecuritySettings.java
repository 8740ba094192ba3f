package io.labelforce.security;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code labelforce.security.*}.
 *
 * @param keyCacheTtl how long a replica may reuse a key lookup; bounds how long a key revoked on another
 *     replica stays usable here (the replica that revokes forgets the key at once)
 * @param keyEncryptionKey 32 bytes in base64 that seal access-key secrets (AES-GCM); without it no access
 *     key can be created or used
 * @param previousKeyEncryptionKeys keys replaced by a rotation: they still open older secrets, which are
 *     re-sealed with the current key at startup
 * @param maxClockSkew how far a signed request's {@code X-Sdk-Date} may be from the server's clock; also how
 *     long a signature is remembered against replay
 * @param oidc the claims an OIDC token's caller is read from
 */
@ConfigurationProperties("labelforce.security")
record SecuritySettings(
        @DefaultValue("5s") Duration keyCacheTtl,
        @DefaultValue("") String keyEncryptionKey,
        @DefaultValue List<String> previousKeyEncryptionKeys,
        @DefaultValue("15m") Duration maxClockSkew,
        @DefaultValue Oidc oidc) {

    /** A replica's cache of key lookups: entries live {@code key-cache-ttl}. */
    <K, V> Cache<K, V> keyCache() {
        return Caffeine.newBuilder()
                .expireAfterWrite(keyCacheTtl)
                .maximumSize(100_000)
                .<K, V>build();
    }

    /**
     * {@code labelforce.security.oidc.*}: claim names, and where the invitation page sends a member when OIDC
     * is configured ({@code login-url}, where {@code {email}} becomes the member's URL-encoded e-mail; the
     * issuer URI when empty). {@code members-sign-in}: false gives members member keys even where OIDC is
     * configured (for members the identity provider does not know).
     */
    record Oidc(
            @DefaultValue("projects") String projectsClaim,
            @DefaultValue("permission") String permissionClaim,
            @DefaultValue("email") String emailClaim,
            @DefaultValue("") String loginUrl,
            @DefaultValue("true") boolean membersSignIn) {}
}
