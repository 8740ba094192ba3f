package io.labelforce.security;

import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Completes a key-encryption-key rotation: at startup, every secret sealed with another key than the current
 * one is opened with the previous key that sealed it and sealed again with the current key, in batches.
 * Replicas that run it at once do the same idempotent work. A secret whose key is no longer configured is
 * left alone (and its access key fails until that key is configured again); the log names how many.
 */
@Component
class AccessKeyRotation {

    private static final Logger log = LoggerFactory.getLogger(AccessKeyRotation.class);

    private final AccessKeyRepository repository;
    private final KeyEncryption encryption;
    private final TransactionTemplate transactions;

    AccessKeyRotation(AccessKeyRepository repository, KeyEncryption encryption, TransactionTemplate transactions) {
        this.repository = repository;
        this.encryption = encryption;
        this.transactions = transactions;
    }

    @EventListener(ApplicationReadyEvent.class)
    void resealWithCurrentKey() {
        String current = encryption.currentKeyId().orElse(null);
        if (current == null) {
            return;
        }
        int resealed = 0;
        int unreadable = 0;
        while (true) {
            int[] batch = transactions.execute(status -> resealBatch(current));
            if (batch == null || batch[0] == 0) {
                unreadable = batch == null ? 0 : batch[1];
                break;
            }
            resealed += batch[0];
        }
        if (resealed > 0 || unreadable > 0) {
            log.info(
                    "Key-encryption key {}: re-sealed {} access-key secrets; {} are sealed with a key that is not configured",
                    current,
                    resealed,
                    unreadable);
        }
    }

    private int[] resealBatch(String current) {
        List<AccessKeyEntity> rows = repository.findTop500ByKekIdNot(current);
        int resealed = 0;
        for (AccessKeyEntity row : rows) {
            String id = row.getId().toString();
            java.util.Optional<String> secret = encryption.open(row.getSecretCiphertext(), row.getKekId(), id);
            if (secret.isPresent()) {
                row.reseal(encryption.seal(secret.get(), id));
                resealed++;
            }
        }
        return new int[] {resealed, rows.size() - resealed};
    }
}
