create extension if not exists pg_trgm;

create table dataset (
    id                varchar(19)   primary key,
    project_id        varchar(64)   not null,
    name              varchar(100)  collate "C" not null,
    dataset_type      integer       not null,
    description       varchar(256)  not null default '',
    status            integer       not null default 1,
    workspace_id      varchar(64)   not null default '0',
    work_path         varchar(700)  not null,
    work_path_type    integer       not null default 0,
    data_sources      jsonb         not null default '[]',
    labels            jsonb         not null default '[]',
    create_time       timestamptz   not null,
    update_time       timestamptz   not null,
    data_update_time  timestamptz   not null,
    version           bigint        not null default 0,
    constraint uk_dataset_project_name unique (project_id, name)
);

-- list: filter by project (+ type, workspace), sort by create_time or name (the unique index)
create index ix_dataset_project_create_time on dataset (project_id, create_time, id);
create index ix_dataset_project_type on dataset (project_id, dataset_type);
create index ix_dataset_name_trgm on dataset using gin (upper(name) gin_trgm_ops);

-- samples: only what the counters need so far; the samples API extends this table
create table sample (
    id            varchar(32)   primary key,
    project_id    varchar(64)   not null,
    dataset_id    varchar(19)   not null references dataset (id) on delete cascade,
    sample_state  varchar(32)   not null default 'NONE',
    deleted       boolean       not null default false,
    create_time   timestamptz   not null,
    update_time   timestamptz   not null
);

create index ix_sample_dataset_state on sample (dataset_id, sample_state) where not deleted;
