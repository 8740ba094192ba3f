package io.labelforce.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** AES-GCM sealing of access-key secrets, and what a rotation of the key-encryption key keeps working. */
class KeyEncryptionTests {

    private static final String OLD = "MDEyMzQ1Njc4OWFiY2RlZjAxMjM0NTY3ODlhYmNkZWY=";
    private static final String NEW = "ZmVkY2JhOTg3NjU0MzIxMGZlZGNiYTk4NzY1NDMyMTA=";

    static KeyEncryption encryption(String current, String... previous) {
        return new KeyEncryption(new SecuritySettings(
                Duration.ofSeconds(5),
                current,
                List.of(previous),
                Duration.ofMinutes(15),
                new SecuritySettings.Oidc("projects", "permission", "email", "", true)));
    }

    @Test
    void aSealedSecretOpensOnlyWithItsKeyAndItsRow() {
        KeyEncryption old = encryption(OLD);
        KeyEncryption.Sealed sealed = old.seal("the-secret", "row-1");
        assertThat(new String(sealed.ciphertext(), java.nio.charset.StandardCharsets.ISO_8859_1))
                .doesNotContain("the-secret");
        assertThat(old.open(sealed.ciphertext(), sealed.kekId(), "row-1")).contains("the-secret");
        assertThat(old.open(sealed.ciphertext(), sealed.kekId(), "row-2")).isEmpty();
        byte[] tampered = sealed.ciphertext().clone();
        tampered[tampered.length - 1] ^= 1;
        assertThat(old.open(tampered, sealed.kekId(), "row-1")).isEmpty();
        // two seals of one secret differ (random IV)
        assertThat(old.seal("the-secret", "row-1").ciphertext()).isNotEqualTo(sealed.ciphertext());
    }

    @Test
    void afterARotationPreviousKeysStillOpenAndNewSecretsUseTheNewKey() {
        KeyEncryption.Sealed sealedWithOld = encryption(OLD).seal("the-secret", "row-1");
        KeyEncryption rotated = encryption(NEW, OLD);
        assertThat(rotated.currentKeyId()).isPresent().get().isNotEqualTo(sealedWithOld.kekId());
        assertThat(rotated.open(sealedWithOld.ciphertext(), sealedWithOld.kekId(), "row-1"))
                .contains("the-secret");
        KeyEncryption.Sealed resealed = rotated.seal("the-secret", "row-1");
        assertThat(resealed.kekId()).isEqualTo(rotated.currentKeyId().orElseThrow());
        // once the old key is dropped, secrets it sealed no longer open
        assertThat(encryption(NEW).open(sealedWithOld.ciphertext(), sealedWithOld.kekId(), "row-1"))
                .isEmpty();
    }

    @Test
    void aKeyOfTheWrongSizeStopsTheStart() {
        assertThatThrownBy(() -> encryption("c2hvcnQ=")).hasMessageContaining("32 bytes");
        assertThat(encryption("").configured()).isFalse();
    }
}
