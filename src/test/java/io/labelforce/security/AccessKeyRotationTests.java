package io.labelforce.security;

import static org.assertj.core.api.Assertions.assertThat;

import io.labelforce.ApiTest;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/** A rotation of the key-encryption key re-seals stored secrets with the new key, keeping them usable. */
class AccessKeyRotationTests extends ApiTest {

    private static final String ROTATED = "ZmVkY2JhOTg3NjU0MzIxMGZlZGNiYTk4NzY1NDMyMTA=";

    @Autowired
    private AccessKeyRepository repository;

    @Autowired
    private TransactionTemplate transactions;

    @Autowired
    private JdbcClient jdbc;

    @Test
    void startingWithANewKeyResealsEverySecretWithIt() {
        String project = newProject();
        var created = body(call(
                HttpMethod.POST,
                "/admin/access-keys",
                ADMIN_TOKEN,
                Map.of("name", "rotated", "projects", List.of(project), "permission", "read")));
        String id = created.get("id").asString();
        String secret = created.get("secret_key").asString();
        KeyEncryption original = KeyEncryptionTests.encryption(KEY_ENCRYPTION_KEY);
        KeyEncryption rotated = KeyEncryptionTests.encryption(ROTATED, KEY_ENCRYPTION_KEY);
        try {
            new AccessKeyRotation(repository, rotated, transactions).resealWithCurrentKey();
            Map<String, Object> row = jdbc.sql("select kek_id, secret_ciphertext from access_key where id = ?::uuid")
                    .param(id)
                    .query()
                    .singleRow();
            assertThat(row.get("kek_id")).isEqualTo(rotated.currentKeyId().orElseThrow());
            byte[] ciphertext = (byte[]) Objects.requireNonNull(row.get("secret_ciphertext"));
            String keyId = (String) Objects.requireNonNull(row.get("kek_id"));
            assertThat(rotated.open(ciphertext, keyId, id)).contains(secret);
            assertThat(original.open(ciphertext, keyId, id)).isEmpty();
        } finally {
            // back to the key the application context uses, for the tests that follow
            new AccessKeyRotation(repository, KeyEncryptionTests.encryption(KEY_ENCRYPTION_KEY, ROTATED), transactions)
                    .resealWithCurrentKey();
        }
        assertThat(jdbc.sql("select kek_id from access_key where id = ?::uuid")
                        .param(id)
                        .query(String.class)
                        .single())
                .isEqualTo(original.currentKeyId().orElseThrow());
    }
}
