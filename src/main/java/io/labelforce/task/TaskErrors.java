package io.labelforce.task;

import io.labelforce.common.ConstraintError;
import io.labelforce.common.DomainException;
import io.labelforce.common.ErrorCodes;
import io.labelforce.common.ErrorKind;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The task module's failures and the database constraints it reports by name. */
@Configuration(proxyBeanMethods = false)
class TaskErrors {

    static final String MEMBER_FORBIDDEN = "ModelArts.4600";
    static final String WORKFORCE_NOT_FOUND = "ModelArts.4601";
    static final String WORKER_NOT_FOUND = "ModelArts.4604";
    static final String TASK_NOT_FOUND = "ModelArts.4619";
    static final String TASK_NAME_EXISTS = "ModelArts.4620";
    static final String ACCEPTANCE_RUNNING = "ModelArts.4623";
    static final String TOO_FEW_LABELERS = "ModelArts.4822";
    static final String DATASET_NOT_FOUND = "ModelArts.4352";
    static final String WRONG_STATUS = "Labelforce.4701";

    static DomainException notFound(String taskId) {
        return new DomainException(
                ErrorKind.NOT_FOUND, TASK_NOT_FOUND, "Team labeling task " + taskId + " does not exist");
    }

    static DomainException datasetNotFound(String datasetId) {
        return new DomainException(ErrorKind.NOT_FOUND, DATASET_NOT_FOUND, "Dataset " + datasetId + " does not exist");
    }

    static DomainException acceptanceRunning() {
        return new DomainException(
                ErrorKind.CONFLICT,
                ACCEPTANCE_RUNNING,
                "An acceptance of this task is running; finish or cancel it first");
    }

    static DomainException wrongStatus(String operation, TaskStatus status) {
        return new DomainException(
                ErrorKind.CONFLICT, WRONG_STATUS, "A task in status " + status.code() + " cannot " + operation);
    }

    static DomainException versionMismatch(long current) {
        return new DomainException(
                ErrorKind.PRECONDITION_FAILED,
                ErrorCodes.PRECONDITION_FAILED,
                "The task was changed meanwhile (its ETag is now \"" + current + "\"); read it again");
    }

    static DomainException unknownWorkforce(String workforceId) {
        return new DomainException(
                ErrorKind.INVALID,
                WORKFORCE_NOT_FOUND,
                "workforces_config: team " + workforceId + " does not exist in this project");
    }

    static DomainException notAMember(String email, String workforceId) {
        return new DomainException(
                ErrorKind.INVALID,
                WORKER_NOT_FOUND,
                "workforces_config: " + email + " is not an active member of team " + workforceId);
    }

    static DomainException tooFewLabelers(int needed, int assigned) {
        return new DomainException(
                ErrorKind.INVALID,
                TOO_FEW_LABELERS,
                "The task needs at least " + needed + " labeler(s) (its repetition) to start; " + assigned
                        + " assigned");
    }

    static DomainException noMemberIdentity() {
        return new DomainException(
                ErrorKind.FORBIDDEN,
                MEMBER_FORBIDDEN,
                "This API key acts as no team member: create it with worker_email to list a member's tasks");
    }

    static DomainException invalid(String message) {
        return new DomainException(ErrorKind.INVALID, ErrorCodes.INVALID_PARAMETER, message);
    }

    /** A task created while its dataset is deleted: the dataset is gone. */
    @Bean
    ConstraintError taskDatasetExists() {
        return new ConstraintError(
                "workforce_task_dataset_id_fkey", ErrorKind.NOT_FOUND, DATASET_NOT_FOUND, "The dataset does not exist");
    }

    @Bean
    ConstraintError taskNameUnique() {
        return new ConstraintError(
                "uk_workforce_task_dataset_name",
                ErrorKind.CONFLICT,
                TASK_NAME_EXISTS,
                "A team labeling task with this name already exists for the dataset");
    }
}
