package io.labelforce.security;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.jspecify.annotations.Nullable;

record CreateApiKeyRequest(
        @NotNull
        @Pattern(regexp = "[A-Za-z0-9_-]{1,64}", message = "must be 1-64 characters of letters, digits, '_' or '-'")
        String name,

        @NotEmpty @Size(max = 1000)
        List<
                        @NotNull
                        @Pattern(
                                regexp = "\\*|[A-Za-z0-9_-]{1,64}",
                                message = "must be '*' or a project id of 1-64 letters, digits, '_' or '-'")
                        String>
                projects,

        @NotNull @Pattern(regexp = "read|write|admin|member", message = "must be one of read, write, admin, member")
        String permission,

        @Nullable Long expiresAt,
        @Nullable @Email @Size(max = 254) String workerEmail) {}
