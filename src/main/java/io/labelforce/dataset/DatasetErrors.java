package io.labelforce.dataset;

import io.labelforce.common.ConstraintError;
import io.labelforce.common.DomainException;
import io.labelforce.common.ErrorCodes;
import io.labelforce.common.ErrorKind;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The dataset module's failures and the database constraints it reports by name. */
@Configuration(proxyBeanMethods = false)
class DatasetErrors {

    static final String NAME_EXISTS = "ModelArts.4351";
    static final String DATASET_NOT_FOUND = "ModelArts.4352";
    static final String VERSION_NOT_FOUND = "ModelArts.4353";
    static final String LABEL_NOT_FOUND = "ModelArts.4410";
    static final String LABEL_EXISTS = "ModelArts.4411";
    static final String UNFINISHED_TASKS = "ModelArts.4803";
    static final String SWITCH_BLOCKED = "ModelArts.4615";

    static DomainException notFound(String datasetId) {
        return new DomainException(ErrorKind.NOT_FOUND, DATASET_NOT_FOUND, "Dataset " + datasetId + " does not exist");
    }

    static DomainException labelNotFound(String name) {
        return new DomainException(ErrorKind.INVALID, LABEL_NOT_FOUND, "Label '" + name + "' does not exist");
    }

    static DomainException labelExists(String name) {
        return new DomainException(ErrorKind.CONFLICT, LABEL_EXISTS, "Label '" + name + "' already exists");
    }

    static DomainException versionNotFound(String versionId) {
        return new DomainException(
                ErrorKind.INVALID, VERSION_NOT_FOUND, "Dataset version " + versionId + " does not exist");
    }

    static DomainException unfinishedTasks(String datasetId) {
        return new DomainException(
                ErrorKind.FORBIDDEN,
                UNFINISHED_TASKS,
                "Dataset " + datasetId + " has unfinished labeling tasks and cannot be deleted");
    }

    static DomainException unfinishedTasksBlockSwitch(String datasetId) {
        return new DomainException(
                ErrorKind.INVALID,
                SWITCH_BLOCKED,
                "Dataset " + datasetId + " has unfinished team labeling tasks: its version cannot be switched");
    }

    static DomainException invalid(String message) {
        return new DomainException(ErrorKind.INVALID, ErrorCodes.INVALID_PARAMETER, message);
    }

    @Bean
    ConstraintError datasetNameUnique() {
        return new ConstraintError(
                "uk_dataset_project_name",
                ErrorKind.CONFLICT,
                NAME_EXISTS,
                "A dataset with this name already exists in the project");
    }
}
