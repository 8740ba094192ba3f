package io.labelforce.workforce;

import io.labelforce.common.WireCode;
import io.labelforce.common.WireCodeConverter;
import java.util.EnumSet;
import java.util.Set;

/**
 * A member's status (reference: Worker {@code status}). It only moves forward, NEW → INVITED → JOINED, except
 * that removing a member (REMOVED) and adding its e-mail again starts it over as NEW.
 */
public enum WorkerStatus implements WireCode {
    /** Added; no invitation e-mail sent yet. */
    NEW(0),
    /** The invitation e-mail was sent; the member has not accepted it yet. */
    INVITED(1),
    /** The member accepted its invitation (logged in). */
    JOINED(2),
    /** Removed from the team (soft delete): in no list or count, but still resolvable for history. */
    REMOVED(3);

    private final int code;

    WorkerStatus(int code) {
        this.code = code;
    }

    @Override
    public int code() {
        return code;
    }

    /**
     * The statuses a member may move to this one from outside the member API (a sent invitation, an accepted
     * one): forward only, and never out of REMOVED. Empty for the statuses only the member API sets.
     */
    Set<WorkerStatus> reachableFrom() {
        return switch (this) {
            case INVITED -> EnumSet.of(NEW);
            case JOINED -> EnumSet.of(NEW, INVITED);
            case NEW, REMOVED -> EnumSet.noneOf(WorkerStatus.class);
        };
    }

    public static WorkerStatus of(int code) {
        return WireCode.of(WorkerStatus.class, code);
    }

    static class Converter extends WireCodeConverter<WorkerStatus> {
        Converter() {
            super(WorkerStatus.class);
        }
    }
}
