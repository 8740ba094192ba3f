package io.labelforce.workforce;

import java.util.List;

/** Response bodies of the workforce API. */
final class WorkforceResponses {

    private WorkforceResponses() {}

    record Created(String workforceId) {}

    record WorkforceList(long totalNumber, List<WorkforceView> workforces) {}

    record WorkerList(long totalNumber, List<WorkerView> workers) {}
}
