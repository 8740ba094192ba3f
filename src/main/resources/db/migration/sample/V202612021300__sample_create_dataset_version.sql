-- Dataset versions (CreateDatasetVersion and its siblings): a version row with the counts frozen at release, and a
-- copy of every sample as it was then (dataset_version_sample), which ListSamples/ListLabels read for version_id.
-- The manifest object under the dataset's work_path holds the same snapshot as JSON Lines.
-- Every key and index starts with (project_id, dataset_id), as the sample table's do.
create table dataset_version (
    project_id                  varchar(64)   not null,
    dataset_id                  varchar(19)   not null references dataset (id) on delete cascade,
    id                          varchar(19)   not null,
    name                        varchar(32)   not null,
    description                 varchar(256)  not null default '',
    status                      integer       not null,
    previous_version_id         varchar(19),
    is_current                  boolean       not null default false,
    version_format              varchar(16)   not null,
    train_evaluate_sample_ratio varchar(16)   not null,
    options                     jsonb         not null default '{}',
    task_type                   integer       not null,
    total_sample_count          bigint        not null,
    annotated_sample_count      bigint        not null,
    label_stats                 jsonb         not null default '[]',
    labels                      jsonb         not null default '[]',
    manifest_bucket             varchar(63)   not null,
    manifest_key                varchar(1024) not null,
    -- epoch minute of the release: at most one release per dataset and minute (ModelArts.4370), race-free
    release_minute              bigint        not null,
    create_time                 timestamptz   not null,
    update_time                 timestamptz   not null,
    constraint pk_dataset_version primary key (project_id, dataset_id, id),
    constraint uk_dataset_version_name unique (project_id, dataset_id, name),
    constraint uk_dataset_version_minute unique (project_id, dataset_id, release_minute)
);
create index ix_dataset_version_page on dataset_version (project_id, dataset_id, create_time, id);
create unique index uk_dataset_version_current on dataset_version (project_id, dataset_id) where is_current;

create table dataset_version_sample (
    project_id    varchar(64)   not null,
    dataset_id    varchar(19)   not null,
    version_id    varchar(19)   not null,
    id            varchar(32)   not null,
    name          varchar(1024) not null,
    sample_type   integer       not null,
    bucket        varchar(63)   not null,
    object_key    varchar(1024) not null,
    size          bigint        not null,
    sample_time   timestamptz   not null,
    create_time   timestamptz   not null,
    update_time   timestamptz   not null,
    sample_state  varchar(32)   not null,
    labels        jsonb         not null,
    label_names   text[]        not null,
    metadata      jsonb         not null,
    sample_usage  varchar(16),
    annotated_by  varchar(256),
    constraint pk_dataset_version_sample primary key (project_id, dataset_id, version_id, id),
    constraint fk_dataset_version_sample_version foreign key (project_id, dataset_id, version_id)
        references dataset_version (project_id, dataset_id, id) on delete cascade
        -- deferred: the snapshot is copied first, the version row (with its counts) inserted last
        deferrable initially deferred
);
create index ix_dataset_version_sample_page
    on dataset_version_sample (project_id, dataset_id, version_id, create_time, id);
create index ix_dataset_version_sample_state_page
    on dataset_version_sample (project_id, dataset_id, version_id, sample_state, create_time, id);
create index ix_dataset_version_sample_type_page
    on dataset_version_sample (project_id, dataset_id, version_id, sample_type, create_time, id);
create index ix_dataset_version_sample_label_names
    on dataset_version_sample using gin (project_id, dataset_id, version_id, label_names);
