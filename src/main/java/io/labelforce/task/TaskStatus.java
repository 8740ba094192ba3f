package io.labelforce.task;

import io.labelforce.common.WireCode;
import io.labelforce.common.WireCodeConverter;
import java.util.Set;

/**
 * Task status values (the {@code status} of WorkforceTask on ModelArts API Reference › Data Management › Querying the Team Labeling Task List of a Dataset, ListWorkforceTasks) and what each allows (docs/api-decisions.md, "Task status rules").
 * Acceptance (2, 5, 7) and its results (3, 4) are reached through the acceptance API.
 */
public enum TaskStatus implements WireCode {
    STARTING(0),
    RUNNING(1),
    UNDER_ACCEPTANCE(2),
    PASSED(3),
    REJECTED(4),
    SYNCHRONISING(5),
    CREATED(6),
    SAMPLING(7);

    /** An acceptance is running or its result is being written: the task is frozen (ModelArts.4623). */
    private static final Set<TaskStatus> ACCEPTANCE_BUSY = Set.of(UNDER_ACCEPTANCE, SYNCHRONISING, SAMPLING);

    private final int code;

    TaskStatus(int code) {
        this.code = code;
    }

    @Override
    public int code() {
        return code;
    }

    public static TaskStatus of(int code) {
        return WireCode.of(TaskStatus.class, code);
    }

    void checkUpdatable() {
        checkNotInAcceptance();
        if (this == PASSED) {
            throw TaskErrors.wrongStatus("update", this);
        }
    }

    void checkStartable() {
        checkNotInAcceptance();
        if (this != CREATED && this != REJECTED) {
            throw TaskErrors.wrongStatus("start", this);
        }
    }

    void checkDeletable() {
        checkNotInAcceptance();
    }

    private void checkNotInAcceptance() {
        if (ACCEPTANCE_BUSY.contains(this)) {
            throw TaskErrors.acceptanceRunning();
        }
    }

    static class Converter extends WireCodeConverter<TaskStatus> {
        Converter() {
            super(TaskStatus.class);
        }
    }
}
