-- A running import holds its task with a lease: lease_owner (one id per run) and lease_until, renewed with every
-- page in the page's transaction. A second runner (a resubmitted publication, another replica's retry job) takes the
-- task only when the lease has run out, i.e. its runner died; a runner that lost its lease stops at its next page.
alter table sample_import_task
    add column lease_owner varchar(64),
    add column lease_until timestamptz;

-- the unfinished tasks, for ImportRetries' look for abandoned ones (a partial index: finished tasks are not in it)
create index ix_sample_import_task_unfinished on sample_import_task (project_id, dataset_id, update_time)
    where status in ('QUEUING', 'RUNNING');
