package io.labelforce.workforce;

import java.util.Collection;
import java.util.HashSet;
import java.util.Set;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/** Asks every {@link WorkforceUsage} bean (none yet: then nothing is in use). */
@Component
class WorkforceUsages {

    private final ObjectProvider<WorkforceUsage> usages;

    WorkforceUsages(ObjectProvider<WorkforceUsage> usages) {
        this.usages = usages;
    }

    boolean isWorkforceInUse(String projectId, String workforceId) {
        return usages.orderedStream().anyMatch(usage -> usage.isWorkforceInUse(projectId, workforceId));
    }

    Set<String> workersInUse(String projectId, String workforceId, Collection<String> workerIds) {
        Set<String> inUse = new HashSet<>();
        if (!workerIds.isEmpty()) {
            usages.orderedStream()
                    .forEach(usage -> inUse.addAll(usage.workersInUse(projectId, workforceId, workerIds)));
        }
        return inUse;
    }

    Set<String> workforcesOfTask(String projectId, String workforceTaskId) {
        Set<String> teams = new HashSet<>();
        usages.orderedStream().forEach(usage -> teams.addAll(usage.workforcesOfTask(projectId, workforceTaskId)));
        return teams;
    }
}
