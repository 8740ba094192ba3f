package io.labelforce.notification;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/**
 * Whether an invitation's link can still be used. Not stored: it follows from the row's accept, revoke and
 * expiry times ({@link InvitationStore.Invitation#state}). The wire value is the lower-case name.
 */
enum InvitationState {
    PENDING,
    ACCEPTED,
    /** A newer invitation of the same member replaced it. */
    REVOKED,
    EXPIRED;

    @JsonValue
    String wireValue() {
        return name().toLowerCase(Locale.ROOT);
    }
}
