package io.labelforce.task;

import io.labelforce.common.WireCode;
import io.labelforce.common.WireCodeConverter;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Task status values (the {@code status} of WorkforceTask on ModelArts API Reference › Data Management › Querying the
 * Team Labeling Task List of a Dataset, ListWorkforceTasks) and the moves between them ({@link Move}): the one
 * table of allowed transitions, rendered into docs/workflow.md and checked against it by {@code WorkflowDocTests}.
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

    /** Whether an acceptance is running or being written (sampling, under acceptance, synchronising). */
    public boolean acceptanceBusy() {
        return ACCEPTANCE_BUSY.contains(this);
    }

    /**
     * The moves of a task's status. Each names the statuses it leaves from and where it goes; anything else is
     * refused (409): {@code ModelArts.4623} while an acceptance runs, else {@code Labelforce.4701}.
     */
    public enum Move {
        /** StartWorkforceTask: a created task, or a rejected one to be labeled again. */
        START(Map.of(CREATED, STARTING, REJECTED, STARTING)),
        /** The samples are distributed (the labeling module, after the start committed). */
        DISTRIBUTED(Map.of(STARTING, RUNNING)),
        /** CreateWorkforceSamplingTask: sampling begins. */
        START_ACCEPTANCE(Map.of(RUNNING, SAMPLING)),
        /** The sampled copies are chosen. */
        SAMPLED(Map.of(SAMPLING, UNDER_ACCEPTANCE)),
        /** UpdateWorkforceSamplingTask action 2. */
        CANCEL_ACCEPTANCE(Map.of(UNDER_ACCEPTANCE, RUNNING)),
        /** UpdateWorkforceSamplingTask actions 0, 1, 4, 5: the verdicts are being written. */
        FINISH_ACCEPTANCE(Map.of(UNDER_ACCEPTANCE, SYNCHRONISING)),
        /** The result is written and the task passed. */
        PASS(Map.of(SYNCHRONISING, PASSED)),
        /** The result is written and the task was rejected (to be labeled again). */
        REJECT(Map.of(SYNCHRONISING, REJECTED));

        private final Map<TaskStatus, TaskStatus> targets;

        Move(Map<TaskStatus, TaskStatus> targets) {
            this.targets = Collections.unmodifiableMap(new EnumMap<>(targets));
        }

        /** From-status → to-status, for the documentation and its test. */
        public Map<TaskStatus, TaskStatus> targets() {
            return targets;
        }

        /** Where this move takes a task in {@code from}, if it is allowed there. */
        public Optional<TaskStatus> from(TaskStatus from) {
            return Optional.ofNullable(targets.get(from));
        }

        /** Checks that this move is allowed from {@code from} without making it: the 409 that would refuse it. */
        public void check(TaskStatus from) {
            apply(from);
        }

        /** The status after this move, or the 409 that refuses it. */
        TaskStatus apply(TaskStatus from) {
            TaskStatus to = targets.get(from);
            if (to != null) {
                return to;
            }
            if (from.acceptanceBusy() && this != FINISH_ACCEPTANCE && this != CANCEL_ACCEPTANCE) {
                throw TaskErrors.acceptanceRunning();
            }
            throw TaskErrors.wrongStatus(
                    name().toLowerCase(java.util.Locale.ROOT).replace('_', ' '), from);
        }
    }

    void checkUpdatable() {
        checkNotInAcceptance();
        if (this == PASSED) {
            throw TaskErrors.wrongStatus("update", this);
        }
    }

    void checkStartable() {
        Move.START.apply(this);
    }

    void checkDeletable() {
        checkNotInAcceptance();
    }

    private void checkNotInAcceptance() {
        if (acceptanceBusy()) {
            throw TaskErrors.acceptanceRunning();
        }
    }

    static class Converter extends WireCodeConverter<TaskStatus> {
        Converter() {
            super(TaskStatus.class);
        }
    }
}
