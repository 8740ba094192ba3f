package io.labelforce.workforce;

import io.labelforce.common.WireCode;
import io.labelforce.common.WireCodeConverter;

/** A member's role (reference: Worker {@code role}); the code is what the API and the tables hold. */
public enum WorkerRole implements WireCode {
    LABELER(0),
    REVIEWER(1),
    TEAM_ADMINISTRATOR(2),
    /** Only through UpdateWorker: CreateWorker takes 0–2. */
    DATASET_OWNER(3);

    private final int code;

    WorkerRole(int code) {
        this.code = code;
    }

    @Override
    public int code() {
        return code;
    }

    public static WorkerRole of(int code) {
        return WireCode.of(WorkerRole.class, code);
    }

    static class Converter extends WireCodeConverter<WorkerRole> {
        Converter() {
            super(WorkerRole.class);
        }
    }
}
