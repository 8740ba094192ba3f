package io.labelforce.notification;

import io.labelforce.common.FieldRules;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Body of SendEmails: the members to notify (1–100 addresses), and optionally the {@code locale} of the
 * mail (the query parameter wins).
 */
record NotifyRequest(
        @NotNull @Size(min = 1, max = 100) List<@NotNull @Size(max = 254) String> emails,

        @Nullable @Pattern(regexp = FieldRules.LOCALE, message = FieldRules.LOCALE_MESSAGE)
        String locale) {}
