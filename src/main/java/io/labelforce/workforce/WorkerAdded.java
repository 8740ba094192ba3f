package io.labelforce.workforce;

import java.time.Instant;

/**
 * Published (in the adding transaction) when a member is added to a team or a removed member is added
 * again. Listeners run after the commit; the event publication registry keeps the event until they have
 * handled it, so a crash between the commit and a listener loses nothing.
 *
 * @param email the normalised address
 * @param locale the language the member's mails should use ({@code en-us} or {@code zh-cn})
 * @param addedAt when the member was added (with {@code workerId}, this names the addition uniquely)
 */
public record WorkerAdded(
        String projectId,
        String workforceId,
        String workerId,
        String email,
        WorkerRole role,
        String locale,
        Instant addedAt) {}
