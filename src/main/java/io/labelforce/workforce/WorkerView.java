package io.labelforce.workforce;

/** A member as the v2 API shows it (the reference's Worker object). */
record WorkerView(
        String workerId,
        String workforceId,
        String email,
        WorkerRole role,
        WorkerStatus status,
        String description,
        long createTime,
        long updateTime) {

    static WorkerView of(WorkerEntity worker) {
        return new WorkerView(
                worker.getId(),
                worker.getWorkforceId(),
                worker.getEmail(),
                worker.getRole(),
                worker.getStatus(),
                worker.getDescription(),
                worker.getCreateTime().toEpochMilli(),
                worker.getUpdateTime().toEpochMilli());
    }
}
