package io.labelforce.workforce;

/** A team as the v2 API shows it; {@code workspace_id} is always the default workspace {@code "0"}. */
record WorkforceView(
        String workforceId,
        String workforceName,
        String description,
        int workerCount,
        String workspaceId,
        long createTime,
        long updateTime) {

    static final String DEFAULT_WORKSPACE = "0";

    static WorkforceView of(WorkforceEntity team) {
        return new WorkforceView(
                team.getId(),
                team.getName(),
                team.getDescription(),
                team.getWorkerCount(),
                DEFAULT_WORKSPACE,
                team.getCreateTime().toEpochMilli(),
                team.getUpdateTime().toEpochMilli());
    }
}
