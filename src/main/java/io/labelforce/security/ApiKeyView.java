package io.labelforce.security;

import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** An API key as the admin API shows it: never with its secret. */
record ApiKeyView(
        UUID id,
        String name,
        List<String> projects,
        Permission permission,
        @Nullable Long expiresAt,
        @Nullable String workerEmail,
        long createTime) {

    static ApiKeyView of(ApiKeyEntity key) {
        return new ApiKeyView(
                key.getId(),
                key.getName(),
                key.getProjects(),
                key.getPermission(),
                key.getExpiresAt() == null ? null : key.getExpiresAt().toEpochMilli(),
                key.getWorkerEmail(),
                key.getCreateTime().toEpochMilli());
    }
}
