create extension if not exists pg_trgm;

create table annotation_job (
    id            uuid primary key,
    project_id    varchar(64)   not null,
    name          varchar(64)   collate "C" not null,
    description   varchar(256)  not null default '',
    data_type     varchar(16)   not null check (data_type in ('OBS', 'filter job')),
    path          varchar(1024),
    filter_id     varchar(64),
    job_type      varchar(32)   not null,
    dls_prj_id    bigint        not null,
    total_count   bigint        not null default 0,
    labeled_count bigint        not null default 0,
    create_time   timestamptz   not null,
    update_time   timestamptz   not null,
    version       bigint        not null default 0,
    constraint uk_annotation_job_project_name unique (project_id, name)
);

-- sort by create_time within a project (sort by name uses the unique index)
create index ix_annotation_job_project_create_time on annotation_job (project_id, create_time, id);
-- search_content: case-insensitive substring match (upper(name) like upper('%...%'))
create index ix_annotation_job_name_trgm on annotation_job using gin (upper(name) gin_trgm_ops);
