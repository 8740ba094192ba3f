package io.labelforce.task;

import java.util.Set;

/**
 * Task status values (the {@code status} of WorkforceTask on ModelArts API Reference › Data Management › Querying the Team Labeling Task List of a Dataset, ListWorkforceTasks) and what each allows (docs/api-decisions.md, "Task status rules").
 * Acceptance (2, 5, 7) and its results (3, 4) are reached through the acceptance API.
 */
final class TaskStatus {

    static final int STARTING = 0;
    static final int RUNNING = 1;
    static final int UNDER_ACCEPTANCE = 2;
    static final int PASSED = 3;
    static final int REJECTED = 4;
    static final int SYNCHRONISING = 5;
    static final int CREATED = 6;
    static final int SAMPLING = 7;

    /** An acceptance is running or its result is being written: the task is frozen (ModelArts.4623). */
    static final Set<Integer> ACCEPTANCE_BUSY = Set.of(UNDER_ACCEPTANCE, SYNCHRONISING, SAMPLING);

    private TaskStatus() {}

    static void checkUpdatable(int status) {
        if (ACCEPTANCE_BUSY.contains(status)) {
            throw TaskErrors.acceptanceRunning();
        }
        if (status == PASSED) {
            throw TaskErrors.wrongStatus("update", status);
        }
    }

    static void checkStartable(int status) {
        if (ACCEPTANCE_BUSY.contains(status)) {
            throw TaskErrors.acceptanceRunning();
        }
        if (status != CREATED && status != REJECTED) {
            throw TaskErrors.wrongStatus("start", status);
        }
    }

    static void checkDeletable(int status) {
        if (ACCEPTANCE_BUSY.contains(status)) {
            throw TaskErrors.acceptanceRunning();
        }
    }

    static boolean finished(int status) {
        return status == PASSED;
    }
}
