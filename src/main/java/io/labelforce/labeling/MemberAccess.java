package io.labelforce.labeling;

import io.labelforce.security.Caller;
import io.labelforce.security.CurrentCaller;
import io.labelforce.security.Permission;
import io.labelforce.task.TaskWorkflow.Member;
import io.labelforce.task.TaskWorkflow.WorkflowTask;
import io.labelforce.workforce.WorkerEmails;
import io.labelforce.workforce.WorkerRole;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What the caller may see and do in one task (decision W22): a member (a credential with {@code worker_email})
 * labels its own copies as a labeler and reviews its teams' copies as a reviewer; a team administrator reads its
 * teams' copies; the task owner (write permission, no member e-mail) reads everything. Anything else is 403
 * {@code ModelArts.4600}.
 *
 * @param email the member's normalised e-mail, or null for the owner
 * @param labelerIds the caller's member ids as a labeler of this task
 * @param reviewTeams the teams the caller reviews
 * @param readTeams the teams whose copies the caller reads (reviewer or team administrator)
 */
record MemberAccess(@Nullable String email, List<String> labelerIds, List<String> reviewTeams, List<String> readTeams) {

    static MemberAccess of(WorkflowTask task) {
        Caller caller = CurrentCaller.get().orElseThrow(() -> LabelingErrors.forbidden("No caller"));
        String workerEmail = caller.workerEmail();
        if (workerEmail == null || workerEmail.isBlank()) {
            if (caller.permission() == Permission.READ) {
                throw LabelingErrors.forbidden(
                        "A read-only credential that acts as no team member may not see this task's samples");
            }
            return new MemberAccess(null, List.of(), List.of(), List.of());
        }
        String email = WorkerEmails.normalise(workerEmail);
        List<Member> mine = task.membersWithEmail(email);
        if (mine.isEmpty()) {
            throw LabelingErrors.forbidden(email + " is not a member of team labeling task " + task.taskId());
        }
        return new MemberAccess(
                email,
                ids(mine, WorkerRole.LABELER),
                teams(mine, WorkerRole.REVIEWER),
                mine.stream()
                        .filter(m -> m.role() == WorkerRole.REVIEWER || m.role() == WorkerRole.TEAM_ADMINISTRATOR)
                        .map(Member::workforceId)
                        .distinct()
                        .toList());
    }

    boolean owner() {
        return email == null;
    }

    /** The labeler ids, or 403 for a caller who labels nothing in this task. */
    List<String> requireLabeler() {
        if (labelerIds.isEmpty()) {
            throw LabelingErrors.forbidden(
                    owner()
                            ? "Only the task's labelers label its samples: use a member's credential (worker_email)"
                            : email + " is not a labeler of this task");
        }
        return labelerIds;
    }

    /** The reviewed teams, or 403 for a caller who reviews nothing in this task. */
    List<String> requireReviewer() {
        if (reviewTeams.isEmpty()) {
            throw LabelingErrors.forbidden(
                    owner()
                            ? "Only the task's reviewers review its samples: use a member's credential (worker_email)"
                            : email + " is not a reviewer of this task");
        }
        return reviewTeams;
    }

    private static List<String> ids(List<Member> members, WorkerRole role) {
        return members.stream()
                .filter(m -> m.role() == role)
                .map(Member::workerId)
                .toList();
    }

    private static List<String> teams(List<Member> members, WorkerRole role) {
        return members.stream()
                .filter(m -> m.role() == role)
                .map(Member::workforceId)
                .distinct()
                .toList();
    }
}
