package io.labelforce.task;

import io.labelforce.common.WireCode;

/**
 * A member task's {@code task_status} (WorkerTask on ModelArts API Reference › Data Management › Querying the Team
 * Labeling Task List by a Team Member, ListWorkerTasks): the task's status as a member sees it. The reference lists
 * 6, 0, 1, 2, 3 and 4 only, so sampling (7) and synchronising (5) show as under acceptance (2).
 */
public enum MemberTaskStatus implements WireCode {
    STARTING(0),
    RUNNING(1),
    UNDER_ACCEPTANCE(2),
    PASSED(3),
    REJECTED(4),
    CREATED(6);

    private final int code;

    MemberTaskStatus(int code) {
        this.code = code;
    }

    @Override
    public int code() {
        return code;
    }

    public static MemberTaskStatus of(int code) {
        return WireCode.of(MemberTaskStatus.class, code);
    }

    /** What a member sees of a task in {@code status}. */
    public static MemberTaskStatus of(TaskStatus status) {
        return switch (status) {
            case STARTING -> STARTING;
            case RUNNING -> RUNNING;
            case UNDER_ACCEPTANCE, SAMPLING, SYNCHRONISING -> UNDER_ACCEPTANCE;
            case PASSED -> PASSED;
            case REJECTED -> REJECTED;
            case CREATED -> CREATED;
        };
    }
}
