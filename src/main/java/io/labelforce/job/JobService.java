package io.labelforce.job;

import io.labelforce.common.Paging;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.UUID;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

@Service
@Transactional(readOnly = true)
class JobService {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final AnnotationJobRepository repository;
    private final JobSettings settings;
    private final Clock clock;
    private final Counter created;
    private final Counter deleted;

    JobService(AnnotationJobRepository repository, JobSettings settings, Clock clock, MeterRegistry meters) {
        this.repository = repository;
        this.settings = settings;
        this.clock = clock;
        // not "...jobs.created": Prometheus reserves the _created suffix and would drop it from the name
        this.created = Counter.builder("labelforce.annotation.job.creations")
                .description("v1 labeling jobs created (counted at commit)")
                .register(meters);
        this.deleted = Counter.builder("labelforce.annotation.job.deletions")
                .description("v1 labeling jobs deleted (counted at commit)")
                .register(meters);
    }

    @Transactional
    JobResponses.Created create(String projectId, CreateJobRequest request) {
        checkSource(request);
        repository.lockProject(projectId);
        if (repository.countByProjectId(projectId) >= settings.annotationJobsPerProject()) {
            throw JobErrors.quotaExceeded(settings.annotationJobsPerProject());
        }
        // dls_prj_id is a display number of the old service, not a key: random, never sequential
        long dlsPrjId = 1L + RANDOM.nextInt(Integer.MAX_VALUE - 1);
        AnnotationJobEntity job =
                repository.saveAndFlush(new AnnotationJobEntity(projectId, request, dlsPrjId, clock.instant()));
        countAtCommit(created);
        return new JobResponses.Created(job.getId(), job.getDlsPrjId());
    }

    JobResponses.JobList list(String projectId, JobQuery query) {
        String property = "create_time".equals(query.sortBy()) ? "createTime" : "name";
        Pageable pageable = query.page().pageable(Paging.sort(property, query.order(), "id"));
        Page<AnnotationJobEntity> page = query.searchContent().isEmpty()
                ? repository.findByProjectId(projectId, pageable)
                : repository.findByProjectIdAndNameContainingIgnoreCase(projectId, query.searchContent(), pageable);
        long jobs = query.searchContent().isEmpty() ? page.getTotalElements() : repository.countByProjectId(projectId);
        long left = Math.max(0, settings.annotationJobsPerProject() - jobs);
        return new JobResponses.JobList(
                page.getTotalElements(), left, page.map(JobView::of).getContent());
    }

    JobView get(String projectId, UUID jobId) {
        return JobView.of(find(projectId, jobId));
    }

    @Transactional
    JobResponses.JobId modify(String projectId, UUID jobId, ModifyJobRequest request) {
        AnnotationJobEntity job = find(projectId, jobId);
        job.modify(request.name(), request.description(), clock.instant());
        repository.flush();
        return new JobResponses.JobId(jobId);
    }

    @Transactional
    JobResponses.JobId delete(String projectId, UUID jobId) {
        repository.delete(find(projectId, jobId));
        countAtCommit(deleted);
        return new JobResponses.JobId(jobId);
    }

    /** Metrics count what the database kept: nothing when the transaction rolls back. */
    private static void countAtCommit(Counter counter) {
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                counter.increment();
            }
        });
    }

    private AnnotationJobEntity find(String projectId, UUID jobId) {
        return repository.findByIdAndProjectId(jobId, projectId).orElseThrow(() -> JobErrors.notFound(jobId));
    }

    /** The source must match the data type: a path for OBS, a filter id for a filter job, not both. */
    private static void checkSource(CreateJobRequest request) {
        boolean obs = "OBS".equals(request.dataType());
        if (obs && request.path() == null) {
            throw JobErrors.invalid("path: is required when data_type is 'OBS'");
        }
        if (obs && request.filterId() != null) {
            throw JobErrors.invalid("filter_id: must be absent when data_type is 'OBS'");
        }
        if (!obs && request.filterId() == null) {
            throw JobErrors.invalid("filter_id: is required when data_type is 'filter job'");
        }
        if (!obs && request.path() != null) {
            throw JobErrors.invalid("path: must be absent when data_type is 'filter job'");
        }
    }
}
