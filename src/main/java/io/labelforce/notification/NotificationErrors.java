package io.labelforce.notification;

import io.labelforce.common.DomainException;
import io.labelforce.common.ErrorKind;
import java.time.Duration;

/** The notification module's failures. */
final class NotificationErrors {

    static final String WORKER_NOT_FOUND = "ModelArts.4604";
    static final String TASK_NOT_FOUND = "ModelArts.4619";
    static final String TOO_FREQUENT = "ModelArts.4627";
    static final String INVALID_PARAMETER = io.labelforce.common.ErrorCodes.INVALID_PARAMETER;
    static final String ALREADY_JOINED = "Labelforce.4901";
    static final String INVITATION_NOT_FOUND = "Labelforce.4902";
    static final String INVITATION_USED = "Labelforce.4903";
    static final String INVITATION_EXPIRED = "Labelforce.4904";

    private NotificationErrors() {}

    static DomainException taskNotFound(String taskId) {
        return new DomainException(
                ErrorKind.NOT_FOUND, TASK_NOT_FOUND, "Team labeling task " + taskId + " does not exist");
    }

    static String tooFrequentMessage(String what, Duration interval, Duration wait) {
        return what + " at most once every " + seconds(interval) + " s; try again in " + seconds(wait) + " s";
    }

    static DomainException tooFrequent(String what, Duration interval, Duration wait) {
        return new DomainException(ErrorKind.INVALID, TOO_FREQUENT, tooFrequentMessage(what, interval, wait));
    }

    static DomainException alreadyJoined(String workerId) {
        return new DomainException(
                ErrorKind.CONFLICT, ALREADY_JOINED, "Team member " + workerId + " has already accepted an invitation");
    }

    static DomainException invitationNotFound() {
        return new DomainException(ErrorKind.NOT_FOUND, INVITATION_NOT_FOUND, "No invitation has this link");
    }

    static DomainException invitationUsed(String why) {
        return new DomainException(ErrorKind.GONE, INVITATION_USED, "This invitation can no longer be used: " + why);
    }

    static DomainException invitationExpired() {
        return new DomainException(
                ErrorKind.GONE,
                INVITATION_EXPIRED,
                "This invitation has expired; ask the team owner to send a new one");
    }

    private static long seconds(Duration duration) {
        return Math.max(1, (duration.toMillis() + 999) / 1000);
    }
}
