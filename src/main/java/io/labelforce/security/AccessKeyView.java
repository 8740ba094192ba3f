package io.labelforce.security;

import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** An access key as the admin API shows it: the access key id, never the secret. */
record AccessKeyView(
        UUID id,
        String accessKey,
        String name,
        List<String> projects,
        Permission permission,
        @Nullable Long expiresAt,
        @Nullable String workerEmail,
        long createTime) {

    static AccessKeyView of(AccessKeyEntity key) {
        return new AccessKeyView(
                key.getId(),
                key.getAccessKey(),
                key.getName(),
                key.getProjects(),
                key.getPermission(),
                key.getExpiresAt() == null ? null : key.getExpiresAt().toEpochMilli(),
                key.getWorkerEmail(),
                key.getCreateTime().toEpochMilli());
    }
}
