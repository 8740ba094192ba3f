package io.labelforce.labeling;

import io.labelforce.common.DomainException;
import io.labelforce.common.ErrorCodes;
import io.labelforce.common.ErrorKind;

/** The labeling module's failures. */
final class LabelingErrors {

    static final String MEMBER_FORBIDDEN = "ModelArts.4600";
    static final String ALREADY_REVIEWED = "ModelArts.4606";
    static final String TASK_NOT_FOUND = "ModelArts.4619";
    static final String SAMPLE_NOT_FOUND = "ModelArts.4420";
    static final String WRONG_COPY_STATE = "Labelforce.4702";
    static final String TASK_NOT_RUNNING = "Labelforce.4703";

    private LabelingErrors() {}

    static DomainException taskNotFound(String taskId) {
        return new DomainException(
                ErrorKind.NOT_FOUND, TASK_NOT_FOUND, "Team labeling task " + taskId + " does not exist");
    }

    static DomainException forbidden(String message) {
        return new DomainException(ErrorKind.FORBIDDEN, MEMBER_FORBIDDEN, message);
    }

    static DomainException sampleNotFound(String sampleId) {
        return new DomainException(
                ErrorKind.NOT_FOUND,
                SAMPLE_NOT_FOUND,
                "Sample " + sampleId + " is not in this task, or not among the copies you may see");
    }

    static DomainException notRunning(String what, io.labelforce.task.TaskStatus status) {
        return new DomainException(
                ErrorKind.CONFLICT,
                TASK_NOT_RUNNING,
                "A task in status " + status.code() + " takes no " + what + "; it must be running (1)");
    }

    static DomainException notRunning(String what, io.labelforce.task.TaskStatus status, String needed) {
        return new DomainException(
                ErrorKind.CONFLICT,
                TASK_NOT_RUNNING,
                "A task in status " + status.code() + " takes no " + what + "; it must be " + needed);
    }

    static DomainException acceptanceNotFound(@org.jspecify.annotations.Nullable String id) {
        return new DomainException(
                ErrorKind.NOT_FOUND,
                ErrorCodes.NOT_FOUND,
                id == null || id.isEmpty()
                        ? "No acceptance is running: give checking_task_id"
                        : "Acceptance " + id + " does not exist for this task");
    }

    static DomainException invalid(String message) {
        return new DomainException(ErrorKind.INVALID, ErrorCodes.INVALID_PARAMETER, message);
    }
}
