package io.labelforce.workforce;

import io.labelforce.common.ConstraintError;
import io.labelforce.common.DomainException;
import io.labelforce.common.ErrorCodes;
import io.labelforce.common.ErrorKind;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The workforce module's failures and the database constraints it reports by name. */
@Configuration(proxyBeanMethods = false)
class WorkforceErrors {

    static final String WORKFORCE_NOT_FOUND = "ModelArts.4601";
    static final String WORKFORCE_NAME_EXISTS = "ModelArts.4602";
    static final String WORKFORCE_IN_USE = "ModelArts.4603";
    static final String WORKER_NOT_FOUND = "ModelArts.4604";
    static final String WORKER_EMAIL_EXISTS = "ModelArts.4605";
    static final String ONE_ADMINISTRATOR = "ModelArts.4617";
    static final String CANNOT_REMOVE_SELF = "ModelArts.4618";
    static final String WORKER_IN_USE = "ModelArts.4628";

    private static final String EMAIL_EXISTS_MESSAGE = "A member with this e-mail already exists in the team";

    static DomainException emailExists() {
        return new DomainException(ErrorKind.CONFLICT, WORKER_EMAIL_EXISTS, EMAIL_EXISTS_MESSAGE);
    }

    static DomainException workforceInUse(String workforceId) {
        return new DomainException(
                ErrorKind.CONFLICT,
                WORKFORCE_IN_USE,
                "Labeling team " + workforceId + " is used by a team labeling task; delete the task first");
    }

    static String workerInUseMessage(String workerId) {
        return "Team member " + workerId + " is assigned to a team labeling task";
    }

    static DomainException workerInUse(String workerId) {
        return new DomainException(ErrorKind.CONFLICT, WORKER_IN_USE, workerInUseMessage(workerId));
    }

    static String cannotRemoveSelfMessage() {
        return "A member cannot remove itself from the team";
    }

    static DomainException cannotRemoveSelf() {
        return new DomainException(ErrorKind.INVALID, CANNOT_REMOVE_SELF, cannotRemoveSelfMessage());
    }

    static DomainException tooManyWorkforces(int limit) {
        return new DomainException(
                ErrorKind.QUOTA_EXCEEDED,
                ErrorCodes.QUOTA_EXCEEDED,
                "The project already has the maximum of " + limit + " labeling teams");
    }

    static DomainException tooManyWorkers(int limit) {
        return new DomainException(
                ErrorKind.QUOTA_EXCEEDED,
                ErrorCodes.QUOTA_EXCEEDED,
                "The team already has the maximum of " + limit + " members");
    }

    @Bean
    ConstraintError workforceNameUnique() {
        return new ConstraintError(
                "uk_workforce_project_name",
                ErrorKind.CONFLICT,
                WORKFORCE_NAME_EXISTS,
                "A labeling team with this name already exists in the project");
    }

    @Bean
    ConstraintError workerEmailUnique() {
        return new ConstraintError(
                "uk_worker_workforce_email", ErrorKind.CONFLICT, WORKER_EMAIL_EXISTS, EMAIL_EXISTS_MESSAGE);
    }

    @Bean
    ConstraintError oneTeamAdministrator() {
        return new ConstraintError(
                "uk_worker_workforce_admin",
                ErrorKind.CONFLICT,
                ONE_ADMINISTRATOR,
                "A team has only one team administrator (role 2); change the current one's role first");
    }

    @Bean
    ConstraintError workerOfMissingWorkforce() {
        return new ConstraintError(
                "fk_worker_workforce", ErrorKind.NOT_FOUND, WORKFORCE_NOT_FOUND, "The labeling team does not exist");
    }
}
