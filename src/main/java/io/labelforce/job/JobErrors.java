package io.labelforce.job;

import io.labelforce.common.ConstraintError;
import io.labelforce.common.DomainException;
import io.labelforce.common.ErrorCodes;
import io.labelforce.common.ErrorKind;
import java.util.UUID;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The job module's failures and the database constraints it reports by name. */
@Configuration(proxyBeanMethods = false)
class JobErrors {

    static final String JOB_EXISTS = "ModelArts.4800";
    static final String JOB_NOT_FOUND = "ModelArts.4801";

    static DomainException notFound(UUID jobId) {
        return new DomainException(ErrorKind.NOT_FOUND, JOB_NOT_FOUND, "Labeling job " + jobId + " does not exist");
    }

    static DomainException quotaExceeded(int limit) {
        return new DomainException(
                ErrorKind.QUOTA_EXCEEDED,
                ErrorCodes.QUOTA_EXCEEDED,
                "The project already has the maximum of " + limit + " labeling jobs");
    }

    static DomainException invalid(String message) {
        return new DomainException(ErrorKind.INVALID, ErrorCodes.INVALID_PARAMETER, message);
    }

    @Bean
    ConstraintError annotationJobNameUnique() {
        return new ConstraintError(
                "uk_annotation_job_project_name",
                ErrorKind.CONFLICT,
                JOB_EXISTS,
                "A labeling job with this name already exists in the project");
    }
}
