package io.labelforce.job;

import java.util.List;
import java.util.UUID;

/** Response bodies of the v1 job API. */
final class JobResponses {

    private JobResponses() {}

    record Created(UUID jobId, long dlsPrjId) {}

    record JobId(UUID jobId) {}

    record JobList(long jobTotalCount, long manualAnnotationCountLimit, List<JobView> jobs) {}
}
