-- Import and sync tasks (the SDK's DatasetImportTask and DatasetSync): one row per task, its progress and its
-- final status. The work runs after the creating transaction commits, driven by an event publication in the
-- JPA registry; last_key is the listing cursor committed with each page, so a resumed run continues there.
create table sample_import_task (
    project_id            varchar(64)   not null,
    dataset_id            varchar(19)   not null references dataset (id) on delete cascade,
    id                    varchar(32)   not null,
    kind                  varchar(8)    not null,
    import_path           varchar(2048) not null,
    bucket                varchar(256)  not null,
    prefix                varchar(1024) not null,
    final_annotation      boolean       not null default true,
    status                varchar(16)   not null,
    last_key              varchar(1024),
    total_file_count      bigint        not null default 0,
    total_file_size       bigint        not null default 0,
    imported_sample_count bigint        not null default 0,
    error_code            varchar(32),
    error_msg             varchar(1024),
    create_time           timestamptz   not null,
    update_time           timestamptz   not null,
    constraint pk_sample_import_task primary key (project_id, dataset_id, id)
);

create index ix_sample_import_task_created on sample_import_task (project_id, dataset_id, create_time, id);
