package io.labelforce.security;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Seals access-key secrets with AES-256-GCM under the key-encryption key
 * ({@code labelforce.security.key-encryption-key}, 32 bytes in base64, from a mounted Secret). Each
 * ciphertext is stored with the id of the key that sealed it (the first 8 bytes of the key's SHA-256, in
 * hex), so that after a rotation the previous keys ({@code previous-key-encryption-keys}) still open old
 * rows until {@link AccessKeyRotation} has re-sealed them. The row id is the associated data: a ciphertext
 * copied to another row does not open.
 */
@Component
class KeyEncryption {

    private static final int IV_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final @Nullable Kek current;
    private final Map<String, Kek> byId = new LinkedHashMap<>();

    record Sealed(byte[] ciphertext, String kekId) {}

    private record Kek(String id, SecretKey key) {}

    KeyEncryption(SecuritySettings settings) {
        this.current = settings.keyEncryptionKey().isBlank() ? null : kek(settings.keyEncryptionKey());
        if (current != null) {
            byId.put(current.id(), current);
        }
        for (String previous : settings.previousKeyEncryptionKeys()) {
            if (!previous.isBlank()) {
                Kek kek = kek(previous);
                byId.putIfAbsent(kek.id(), kek);
            }
        }
    }

    boolean configured() {
        return current != null;
    }

    /** The id of the key that seals new secrets. */
    Optional<String> currentKeyId() {
        return Optional.ofNullable(current).map(Kek::id);
    }

    Sealed seal(String secret, String rowId) {
        Kek kek = current;
        if (kek == null) {
            throw new IllegalStateException("labelforce.security.key-encryption-key is not configured");
        }
        try {
            byte[] iv = new byte[IV_BYTES];
            RANDOM.nextBytes(iv);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, kek.key(), new GCMParameterSpec(TAG_BITS, iv));
            cipher.updateAAD(rowId.getBytes(StandardCharsets.UTF_8));
            byte[] sealed = cipher.doFinal(secret.getBytes(StandardCharsets.UTF_8));
            byte[] out = new byte[IV_BYTES + sealed.length];
            System.arraycopy(iv, 0, out, 0, IV_BYTES);
            System.arraycopy(sealed, 0, out, IV_BYTES, sealed.length);
            return new Sealed(out, kek.id());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is part of every JDK", e);
        }
    }

    /** The secret, or empty when its key is not configured (any more) or the ciphertext was tampered with. */
    Optional<String> open(byte[] ciphertext, String kekId, String rowId) {
        Kek kek = byId.get(kekId);
        if (kek == null || ciphertext.length <= IV_BYTES) {
            return Optional.empty();
        }
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, kek.key(), new GCMParameterSpec(TAG_BITS, ciphertext, 0, IV_BYTES));
            cipher.updateAAD(rowId.getBytes(StandardCharsets.UTF_8));
            byte[] plain = cipher.doFinal(ciphertext, IV_BYTES, ciphertext.length - IV_BYTES);
            return Optional.of(new String(plain, StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            return Optional.empty();
        }
    }

    private static Kek kek(String base64) {
        byte[] bytes;
        try {
            bytes = Base64.getDecoder().decode(base64.strip());
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("A key-encryption key must be 32 bytes in base64", e);
        }
        if (bytes.length != 32) {
            throw new IllegalStateException(
                    "A key-encryption key must be 32 bytes in base64 (openssl rand -base64 32), got " + bytes.length);
        }
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(bytes);
            String id = HexFormat.of().formatHex(digest, 0, 8);
            return new Kek(id, new SecretKeySpec(bytes, "AES"));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
