package io.labelforce.workforce;

import io.labelforce.common.DomainException;
import io.labelforce.common.ErrorKind;

/**
 * The 404s of a team or member lookup (ModelArts.4601, ModelArts.4604), for every module that looks teams and
 * members up, so the code and the message are the same whichever endpoint reports them.
 */
public final class WorkforceNotFound {

    private WorkforceNotFound() {}

    public static DomainException workforce(String workforceId) {
        return new DomainException(
                ErrorKind.NOT_FOUND,
                WorkforceErrors.WORKFORCE_NOT_FOUND,
                "Labeling team " + workforceId + " does not exist");
    }

    public static DomainException worker(String workerId) {
        return new DomainException(
                ErrorKind.NOT_FOUND, WorkforceErrors.WORKER_NOT_FOUND, "Team member " + workerId + " does not exist");
    }
}
