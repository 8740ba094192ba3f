-- Team labeling tasks: a dataset handed to teams. Depends on the dataset and workforce tables (task knows
-- them; they don't know task).
create extension if not exists pg_trgm;

create table workforce_task (
    id                             varchar(19)   primary key,
    project_id                     varchar(64)   not null,
    -- finished tasks go with their dataset; a dataset with unfinished tasks is never deleted (ModelArts.4803)
    dataset_id                     varchar(19)   not null references dataset (id) on delete cascade,
    dataset_type                   integer       not null,
    name                           varchar(64)   collate "C" not null,
    description                    varchar(256)  not null default '',
    status                         integer       not null default 6 check (status between 0 and 7),
    repetition                     integer       not null default 1 check (repetition >= 1),
    auto_sync_dataset              boolean       not null default true,
    data_sync_type                 integer       check (data_sync_type between 0 and 3),
    synchronize_data               boolean       not null default false,
    synchronize_auto_labeling_data boolean       not null default false,
    sample_conditions              varchar(4096),
    task_type                      integer,
    version_id                     varchar(64),
    workspace_id                   varchar(64)   not null default '0',
    labels                         jsonb         not null default '[]',
    agency                         varchar(254),
    create_time                    timestamptz   not null,
    update_time                    timestamptz   not null,
    version                        bigint        not null default 0,
    constraint uk_workforce_task_dataset_name unique (dataset_id, name)
);

-- ListWorkforceTasks: a dataset's tasks by create_time
create index ix_workforce_task_dataset_create_time on workforce_task (project_id, dataset_id, create_time, id);

-- The teams a task is assigned to (workforces_config.workforces), in the order given.
create table workforce_task_team (
    task_id       varchar(19)  not null references workforce_task (id) on delete cascade,
    workforce_id  varchar(19)  not null references workforce (id) on delete restrict,
    position      integer      not null,
    primary key (task_id, workforce_id)
);

create index ix_workforce_task_team_workforce on workforce_task_team (workforce_id);

-- The members a task is assigned to: the member task (WorkerTask). email and role are the member's when
-- assigned (refreshed by every assignment), so task views need no per-member look-ups.
create table workforce_task_worker (
    task_id           varchar(19)   not null,
    workforce_id      varchar(19)   not null,
    worker_id         varchar(32)   not null references worker (id) on delete restrict,
    project_id        varchar(64)   not null,
    email             varchar(254)  not null,
    role              integer       not null,
    email_status      integer       not null default 0 check (email_status between 0 and 3),
    last_notify_time  timestamptz,
    create_time       timestamptz   not null,
    update_time       timestamptz   not null,
    primary key (task_id, worker_id),
    foreign key (task_id, workforce_id) references workforce_task_team (task_id, workforce_id) on delete cascade
);

-- ListWorkerTasks: the calling member's tasks (by e-mail) in a project
create index ix_workforce_task_worker_member on workforce_task_worker (project_id, email);
-- "is this member assigned?" (WorkforceUsage)
create index ix_workforce_task_worker_worker on workforce_task_worker (worker_id);
create index ix_workforce_task_name_trgm on workforce_task using gin (upper(name) gin_trgm_ops);
