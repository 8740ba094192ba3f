-- The sample module takes over the placeholder table the dataset migration created (no API wrote to it).
-- Every key and index starts with (project_id, dataset_id), so the table can be hash-partitioned on them
-- (or distributed with Citus) without changing a query: docs/scale-out.md.
create extension if not exists btree_gin;

-- deletes are real deletes, counted in sample_count ('DELETED'); a soft-deleted row would stay in every index
delete from sample where deleted;
drop index ix_sample_dataset_state;
alter table sample drop column deleted;
alter table sample drop constraint sample_pkey;

alter table sample
    add column name          varchar(1024) not null default '',
    add column sample_type   integer       not null default 0,
    add column bucket        varchar(63)   not null default '',
    add column object_key    varchar(1024) not null default '',
    add column size          bigint        not null default 0,
    add column sample_time   timestamptz   not null default now(),
    add column labels        jsonb         not null default '[]',
    -- the names in labels, for the label_name filter and set-based renames (array_replace)
    add column label_names   text[]        not null default '{}',
    add column metadata      jsonb         not null default '{}',
    add column sample_usage  varchar(16),
    add column annotated_by  varchar(256);

alter table sample add constraint pk_sample primary key (project_id, dataset_id, id);
-- one sample per object of a dataset: uploads answer 4422, imports insert "on conflict do nothing"
alter table sample add constraint uk_sample_object unique (project_id, dataset_id, bucket, object_key);

-- list pages: default order, by state, by type, by label
create index ix_sample_page on sample (project_id, dataset_id, create_time, id);
create index ix_sample_state_page on sample (project_id, dataset_id, sample_state, create_time, id);
create index ix_sample_type_page on sample (project_id, dataset_id, sample_type, create_time, id);
create index ix_sample_label_names on sample using gin (project_id, dataset_id, label_names);
