package io.labelforce.workforce;

import java.time.Clock;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional
class MemberStatusService implements MemberStatus {

    private final WorkerRepository workers;
    private final Clock clock;

    MemberStatusService(WorkerRepository workers, Clock clock) {
        this.workers = workers;
        this.clock = clock;
    }

    @Override
    public boolean markInvited(String projectId, String workforceId, String workerId) {
        return workers.changeStatus(
                        projectId,
                        workforceId,
                        workerId,
                        WorkerStatus.NEW,
                        WorkerStatus.NEW,
                        WorkerStatus.INVITED,
                        clock.instant())
                == 1;
    }

    @Override
    public boolean markJoined(String projectId, String workforceId, String workerId) {
        return workers.changeStatus(
                        projectId,
                        workforceId,
                        workerId,
                        WorkerStatus.NEW,
                        WorkerStatus.INVITED,
                        WorkerStatus.JOINED,
                        clock.instant())
                == 1;
    }
}
