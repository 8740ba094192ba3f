-- Pages of one label in list order. The GIN index on label_names answers "which samples carry Dog" but in no
-- order, so a deep page of a label filter sorted every matching sample (805 ms at rows 100,000+ of 200,000 in
-- docs/benchmarks.md). This table holds one row per (sample, label name) keyed in list order, so such a page
-- reads the skipped keys of that label alone, on one index, like ix_sample_state_page does for states. It is
-- kept by statement-level triggers on sample in the writing transaction, like the counters. The key starts
-- with (project_id, dataset_id): docs/scale-out.md.
create table sample_label_key (
    project_id    varchar(64)  not null,
    dataset_id    varchar(19)  not null references dataset (id) on delete cascade,
    label_name    text         not null,
    create_time   timestamptz  not null,
    id            varchar(64)  not null,
    sample_state  varchar(32)  not null,
    constraint pk_sample_label_key primary key (project_id, dataset_id, label_name, create_time, id)
        include (sample_state)
);

create function sample_label_key_sync() returns trigger language plpgsql as $$
begin
    if tg_op = 'INSERT' then
        insert into sample_label_key (project_id, dataset_id, label_name, create_time, id, sample_state)
        select distinct n.project_id, n.dataset_id, l.name, n.create_time, n.id, n.sample_state
        from new_rows n cross join lateral unnest(n.label_names) as l(name)
        order by 1, 2, 3, 4, 5
        on conflict do nothing;
    elsif tg_op = 'DELETE' then
        delete from sample_label_key k using old_rows o
        where k.project_id = o.project_id and k.dataset_id = o.dataset_id and k.label_name = any(o.label_names)
          and k.create_time = o.create_time and k.id = o.id;
    else
        -- only the samples whose names, state or time changed; the old keys go first (a second statement sees
        -- the first one's effect, which the parts of one statement would not)
        delete from sample_label_key k using old_rows o, new_rows n
        where n.project_id = o.project_id and n.dataset_id = o.dataset_id and n.id = o.id
          and (n.label_names is distinct from o.label_names or n.sample_state is distinct from o.sample_state
               or n.create_time is distinct from o.create_time)
          and k.project_id = o.project_id and k.dataset_id = o.dataset_id and k.label_name = any(o.label_names)
          and k.create_time = o.create_time and k.id = o.id;
        insert into sample_label_key (project_id, dataset_id, label_name, create_time, id, sample_state)
        select distinct n.project_id, n.dataset_id, l.name, n.create_time, n.id, n.sample_state
        from old_rows o join new_rows n on n.project_id = o.project_id and n.dataset_id = o.dataset_id
                                       and n.id = o.id
        cross join lateral unnest(n.label_names) as l(name)
        where n.label_names is distinct from o.label_names or n.sample_state is distinct from o.sample_state
           or n.create_time is distinct from o.create_time
        order by 1, 2, 3, 4, 5
        on conflict do nothing;
    end if;
    return null;
end $$;

create trigger sample_label_key_insert after insert on sample
    referencing new table as new_rows for each statement execute function sample_label_key_sync();
create trigger sample_label_key_update after update on sample
    referencing old table as old_rows new table as new_rows
    for each statement execute function sample_label_key_sync();
create trigger sample_label_key_delete after delete on sample
    referencing old table as old_rows for each statement execute function sample_label_key_sync();

insert into sample_label_key (project_id, dataset_id, label_name, create_time, id, sample_state)
select distinct s.project_id, s.dataset_id, l.name, s.create_time, s.id, s.sample_state
from sample s cross join lateral unnest(s.label_names) as l(name);
