package io.labelforce.sample;

import io.labelforce.common.ConstraintError;
import io.labelforce.common.DomainException;
import io.labelforce.common.ErrorKind;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Dataset version failures, and the version constraints reported by name when concurrent releases race. */
@Configuration(proxyBeanMethods = false)
class VersionErrors {

    static final String VERSION_NOT_FOUND = "ModelArts.4353";
    static final String ONE_PER_MINUTE = "ModelArts.4370";
    static final String NAME_EXISTS = "ModelArts.4371";
    static final String RELEASE_FAILED = "ModelArts.4712";
    static final String IN_USE = "ModelArts.4827";

    static DomainException notFound(String versionId) {
        return new DomainException(
                ErrorKind.NOT_FOUND, VERSION_NOT_FOUND, "Dataset version " + versionId + " does not exist");
    }

    static DomainException tooSoon() {
        return new DomainException(
                ErrorKind.INVALID, ONE_PER_MINUTE, "At most one version of a dataset can be released per minute");
    }

    static DomainException nameExists(String name) {
        return new DomainException(ErrorKind.CONFLICT, NAME_EXISTS, "Version name " + name + " already exists");
    }

    static DomainException inUse(String versionId) {
        return new DomainException(
                ErrorKind.INVALID,
                IN_USE,
                "Dataset version " + versionId + " cannot be deleted: a team labeling task is based on it");
    }

    static DomainException noWorkPath(String datasetId) {
        return new DomainException(
                ErrorKind.INVALID, RELEASE_FAILED, "Dataset " + datasetId + " has no usable work_path for versions");
    }

    @Bean
    ConstraintError versionNameUnique() {
        return new ConstraintError(
                "uk_dataset_version_name", ErrorKind.CONFLICT, NAME_EXISTS, "The version name already exists");
    }

    /** Two releases of one dataset committing at once (in different minutes): the later one is refused. */
    @Bean
    ConstraintError versionCurrentUnique() {
        return new ConstraintError(
                "uk_dataset_version_current",
                ErrorKind.CONFLICT,
                "ModelArts.4343",
                "Another version of the dataset is being released; try again");
    }

    @Bean
    ConstraintError versionMinuteUnique() {
        return new ConstraintError(
                "uk_dataset_version_minute",
                ErrorKind.INVALID,
                ONE_PER_MINUTE,
                "At most one version of a dataset can be released per minute");
    }
}
