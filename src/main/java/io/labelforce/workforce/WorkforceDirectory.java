package io.labelforce.workforce;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * Read access to teams and members for other modules (team labeling tasks), so that they never touch this
 * module's tables or entities. Every method is scoped by project id and runs a single SQL statement,
 * whatever the number of ids or e-mails it is given.
 */
public interface WorkforceDirectory {

    /** The team with this id in the project, if there is one. */
    Optional<WorkforceRef> findWorkforce(String projectId, String workforceId);

    /** The teams among {@code workforceIds} that exist in the project, unlocked (for showing names). */
    List<WorkforceRef> findWorkforces(String projectId, Collection<String> workforceIds);

    /** The member with this id in the team, whatever its status (removed members included). */
    Optional<WorkerRef> findWorker(String projectId, String workforceId, String workerId);

    /** The team's active members (status other than removed), ordered by e-mail. */
    List<WorkerRef> findActiveWorkers(String projectId, String workforceId);

    /**
     * The teams among {@code workforceIds} that exist in the project (ordered by id), locked {@code FOR SHARE}
     * until the caller's transaction ends. A concurrent team delete or member removal waits for that
     * transaction and then asks {@link WorkforceUsage} again, so a task that assigns a team or its members
     * in the same transaction can never be left pointing at a deleted team or removed member.
     *
     * @throws org.springframework.transaction.IllegalTransactionStateException outside a transaction
     */
    List<WorkforceRef> lockWorkforces(String projectId, Collection<String> workforceIds);

    /**
     * The team's members whose e-mail is one of {@code emails}. The e-mails are normalised here
     * ({@link WorkerEmails#normalise}); e-mails that match no member are simply absent from the result.
     * Removed members are included (status {@link WorkerStatus#REMOVED}) so that a caller can tell
     * "removed" from "never a member"; check {@link WorkerRef#active()} before assigning work.
     */
    List<WorkerRef> findWorkersByEmail(String projectId, String workforceId, Collection<String> emails);

    /** Whether the e-mail (normalised here) is the team's active team administrator. */
    boolean isActiveAdministrator(String projectId, String workforceId, String email);
}
