package io.labelforce.task;

import io.labelforce.workforce.WorkerRole;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * What the notification module needs of team labeling tasks: a task's members, and a place to record what
 * happened to the e-mail sent to one of them ({@code email_status}, {@code last_notify_time} of its member
 * task). The member-task table stays this module's.
 */
public interface TaskNotifications {

    /** The task under this project and dataset with its member tasks, if it exists. */
    Optional<NotifiableTask> find(String projectId, String datasetId, String taskId);

    /**
     * Records a delivery outcome on the member task, and on every other member task of the same address in the task
     * (one mail reaches a person assigned through several teams), if the member is still assigned (else nothing
     * happens).
     *
     * @param emailStatus the outcome
     * @param notifiedAt the new {@code last_notify_time}, or {@code null} to keep the current one
     */
    void recordEmail(
            String projectId, String taskId, String workerId, EmailStatus emailStatus, @Nullable Instant notifiedAt);

    /** A task and its assigned members. */
    record NotifiableTask(String taskId, String taskName, String datasetId, TaskStatus status, List<Member> members) {}

    /** A member task: the member's e-mail (normalised) and role as assigned. */
    record Member(String workerId, String workforceId, String email, WorkerRole role) {}
}
