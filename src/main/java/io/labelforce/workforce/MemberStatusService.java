package io.labelforce.workforce;

import java.time.Clock;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional
class MemberStatusService implements MemberStatus {

    private final WorkerRepository workers;
    private final WorkforceRepository workforces;
    private final Clock clock;

    MemberStatusService(WorkerRepository workers, WorkforceRepository workforces, Clock clock) {
        this.workers = workers;
        this.workforces = workforces;
        this.clock = clock;
    }

    @Override
    public boolean markInvited(String projectId, String workforceId, String workerId) {
        return moveTo(projectId, workforceId, workerId, WorkerStatus.INVITED);
    }

    @Override
    public boolean markJoined(String projectId, String workforceId, String workerId) {
        return moveTo(projectId, workforceId, workerId, WorkerStatus.JOINED);
    }

    /** The transition guard is {@link WorkerStatus#reachableFrom()}, applied in the update's condition. */
    private boolean moveTo(String projectId, String workforceId, String workerId, WorkerStatus status) {
        workforces.shareLockByIdAndProjectId(workforceId, projectId);
        return workers.changeStatus(projectId, workforceId, workerId, status.reachableFrom(), status, clock.instant())
                == 1;
    }
}
