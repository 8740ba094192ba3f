-- Acceptances of team labeling tasks (CreateWorkforceSamplingTask, UpdateWorkforceSamplingTask): at most one runs
-- per task (ModelArts.4623), enforced by the partial unique index as well as by the task's status.
create table acceptance (
    project_id      varchar(64)       not null,
    dataset_id      varchar(19)       not null,
    task_id         varchar(19)       not null references workforce_task (id) on delete cascade,
    id              varchar(19)       not null,
    sampling_rate   double precision,
    sampling_num    integer,
    -- copies awaiting acceptance when it started, and how many of them were sampled
    candidates      bigint            not null,
    sampled         bigint            not null,
    status          varchar(16)       not null check (status in ('RUNNING', 'PASSED', 'REJECTED', 'CANCELLED')),
    -- the UpdateWorkforceSamplingTask action that finished it
    action          integer,
    create_time     timestamptz       not null,
    finish_time     timestamptz,
    constraint pk_acceptance primary key (project_id, dataset_id, task_id, id)
);

create unique index uk_acceptance_running on acceptance (project_id, dataset_id, task_id) where status = 'RUNNING';

-- the copies an acceptance sampled (its report and its verdicts)
create index ix_task_sample_checking on task_sample (project_id, dataset_id, task_id, checking_task_id)
    where checking_task_id is not null;
