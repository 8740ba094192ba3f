package io.labelforce.task;

import io.labelforce.workforce.WorkerRole;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * What the labeling module needs of a task: its settings and members, and the only way to change its status
 * ({@link #move}). The task table stays this module's.
 */
public interface TaskWorkflow {

    /** The task under this project and dataset with its members, if it exists. */
    Optional<WorkflowTask> find(String projectId, String datasetId, String taskId);

    /** Locks the task row until the transaction ends (needs one) and reads the task with its members. */
    Optional<WorkflowTask> lock(String projectId, String datasetId, String taskId);

    /**
     * Locks the task row until the transaction ends and moves its status (409 when the move is not allowed from
     * the current status). Needs a transaction.
     *
     * @return the new status
     */
    TaskStatus move(String projectId, String datasetId, String taskId, TaskStatus.Move move);

    /** A task as the workflow sees it. */
    record WorkflowTask(
            String projectId,
            String datasetId,
            String taskId,
            String name,
            TaskStatus status,
            int repetition,
            boolean autoSyncDataset,
            boolean synchronizeData,
            @Nullable String sampleConditions,
            List<TaskLabel> labels,
            List<Member> members) {

        /** The members with this e-mail (one per team the person is assigned through). */
        public List<Member> membersWithEmail(String email) {
            return members.stream().filter(m -> m.email().equals(email)).toList();
        }

        /** The labelers, in a stable order (by worker id). */
        public List<Member> labelers() {
            return members.stream()
                    .filter(m -> m.role() == WorkerRole.LABELER)
                    .sorted(java.util.Comparator.comparing(Member::workerId))
                    .toList();
        }

        /** The teams of this task that have at least one reviewer. */
        public List<String> reviewedTeams() {
            return members.stream()
                    .filter(m -> m.role() == WorkerRole.REVIEWER)
                    .map(Member::workforceId)
                    .distinct()
                    .toList();
        }
    }

    /** A label of the task's vocabulary. */
    record TaskLabel(String name, @Nullable Integer type, java.util.@Nullable Map<String, String> property) {}

    /** A member task: the member's e-mail (normalised), team and role as assigned. */
    record Member(String workerId, String workforceId, String email, WorkerRole role) {}
}
