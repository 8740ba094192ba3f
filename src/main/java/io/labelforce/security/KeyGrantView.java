package io.labelforce.security;

import java.util.List;
import org.jspecify.annotations.Nullable;

/** What the admin API shows of every kind of key (unwrapped into its view): never a secret. */
record KeyGrantView(
        String name,
        List<String> projects,
        Permission permission,
        @Nullable Long expiresAt,
        @Nullable String workerEmail,
        long createTime) {}
