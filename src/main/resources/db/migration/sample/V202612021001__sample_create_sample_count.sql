-- Samples per dataset and state, kept in the same transaction as the samples they count (statement-level
-- triggers with transition tables, so a set-based statement costs one counter update per touched state, and
-- every writer, present or future, is counted). 'DELETED' counts samples deleted so far.
create table sample_count (
    project_id    varchar(64) not null,
    dataset_id    varchar(19) not null references dataset (id) on delete cascade,
    sample_state  varchar(32) not null,
    samples       bigint      not null default 0,
    constraint pk_sample_count primary key (project_id, dataset_id, sample_state)
);

-- adds the deltas, in key order so concurrent writers lock counter rows in the same order (no deadlock)
create function sample_count_add() returns trigger language plpgsql as $$
begin
    if tg_op = 'INSERT' then
        insert into sample_count (project_id, dataset_id, sample_state, samples)
        select project_id, dataset_id, sample_state, count(*) from new_rows
        group by 1, 2, 3 order by 1, 2, 3
        on conflict (project_id, dataset_id, sample_state)
        do update set samples = sample_count.samples + excluded.samples;
    elsif tg_op = 'DELETE' then
        -- a dataset's deletion cascades to its samples: its counters are gone with it, count nothing
        insert into sample_count (project_id, dataset_id, sample_state, samples)
        select g.* from (
            select project_id, dataset_id, state, sum(delta)::bigint from (
                select project_id, dataset_id, sample_state as state, -1 as delta from old_rows
                union all
                select project_id, dataset_id, 'DELETED', 1 from old_rows) d
            group by 1, 2, 3) g (project_id, dataset_id, state, samples)
        where exists (select 1 from dataset where dataset.id = g.dataset_id)
        order by 1, 2, 3
        on conflict (project_id, dataset_id, sample_state)
        do update set samples = sample_count.samples + excluded.samples;
    else
        insert into sample_count (project_id, dataset_id, sample_state, samples)
        select project_id, dataset_id, state, sum(delta)::bigint from (
            select project_id, dataset_id, sample_state as state, -1 as delta from old_rows
            union all
            select project_id, dataset_id, sample_state, 1 from new_rows) d
        group by 1, 2, 3 having sum(delta) <> 0 order by 1, 2, 3
        on conflict (project_id, dataset_id, sample_state)
        do update set samples = sample_count.samples + excluded.samples;
    end if;
    return null;
end $$;

create trigger sample_count_insert after insert on sample
    referencing new table as new_rows for each statement execute function sample_count_add();
create trigger sample_count_update after update on sample
    referencing old table as old_rows new table as new_rows for each statement execute function sample_count_add();
create trigger sample_count_delete after delete on sample
    referencing old table as old_rows for each statement execute function sample_count_add();
