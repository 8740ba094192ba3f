-- Labels per dataset, sample state and label name, kept like sample_count: statement-level triggers with
-- transition tables, in the writing transaction, so ListStats (42) and the task views read label_stats from a
-- handful of rows whatever the dataset's size. 'labels' counts label occurrences (a sample may carry a label
-- twice, e.g. two boxes), 'samples' the samples carrying the label at least once.
create table sample_label_count (
    project_id    varchar(64)  not null,
    dataset_id    varchar(19)  not null references dataset (id) on delete cascade,
    sample_state  varchar(32)  not null,
    label_name    text         not null,
    labels        bigint       not null default 0,
    samples       bigint       not null default 0,
    constraint pk_sample_label_count primary key (project_id, dataset_id, sample_state, label_name)
);

create function sample_label_count_add() returns trigger language plpgsql as $$
begin
    if tg_op = 'INSERT' then
        insert into sample_label_count (project_id, dataset_id, sample_state, label_name, labels, samples)
        select n.project_id, n.dataset_id, n.sample_state, l.name, count(*), count(distinct n.id)
        from new_rows n cross join lateral (select e->>'name' as name from jsonb_array_elements(n.labels) e) l
        where l.name is not null
        group by 1, 2, 3, 4 order by 1, 2, 3, 4
        on conflict (project_id, dataset_id, sample_state, label_name)
        do update set labels = sample_label_count.labels + excluded.labels,
                      samples = sample_label_count.samples + excluded.samples;
    elsif tg_op = 'DELETE' then
        insert into sample_label_count (project_id, dataset_id, sample_state, label_name, labels, samples)
        select o.project_id, o.dataset_id, o.sample_state, l.name, -count(*), -count(distinct o.id)
        from old_rows o cross join lateral (select e->>'name' as name from jsonb_array_elements(o.labels) e) l
        where l.name is not null and exists (select 1 from dataset where dataset.id = o.dataset_id)
        group by 1, 2, 3, 4 order by 1, 2, 3, 4
        on conflict (project_id, dataset_id, sample_state, label_name)
        do update set labels = sample_label_count.labels + excluded.labels,
                      samples = sample_label_count.samples + excluded.samples;
    else
        insert into sample_label_count (project_id, dataset_id, sample_state, label_name, labels, samples)
        select project_id, dataset_id, sample_state, name, sum(labels)::bigint, sum(samples)::bigint from (
            select o.project_id, o.dataset_id, o.sample_state, l.name, -count(*) as labels, -1 as samples
            from old_rows o cross join lateral (select e->>'name' as name from jsonb_array_elements(o.labels) e) l
            where l.name is not null group by o.project_id, o.dataset_id, o.id, o.sample_state, l.name
            union all
            select n.project_id, n.dataset_id, n.sample_state, l.name, count(*), 1
            from new_rows n cross join lateral (select e->>'name' as name from jsonb_array_elements(n.labels) e) l
            where l.name is not null group by n.project_id, n.dataset_id, n.id, n.sample_state, l.name) d
        group by 1, 2, 3, 4 having sum(labels) <> 0 or sum(samples) <> 0 order by 1, 2, 3, 4
        on conflict (project_id, dataset_id, sample_state, label_name)
        do update set labels = sample_label_count.labels + excluded.labels,
                      samples = sample_label_count.samples + excluded.samples;
    end if;
    return null;
end $$;

create trigger sample_label_count_insert after insert on sample
    referencing new table as new_rows for each statement execute function sample_label_count_add();
create trigger sample_label_count_update after update on sample
    referencing old table as old_rows new table as new_rows
    for each statement execute function sample_label_count_add();
create trigger sample_label_count_delete after delete on sample
    referencing old table as old_rows for each statement execute function sample_label_count_add();

-- existing samples (phase 1 data)
insert into sample_label_count (project_id, dataset_id, sample_state, label_name, labels, samples)
select s.project_id, s.dataset_id, s.sample_state, e->>'name', count(*), count(distinct s.id)
from sample s cross join lateral jsonb_array_elements(s.labels) e
where e->>'name' is not null
group by 1, 2, 3, 4;

-- ListSearch (41) labelers: a loose index scan over this index instead of a scan of the dataset's samples
create index ix_sample_annotated_by on sample (project_id, dataset_id, annotated_by);

-- the sample_time search condition (day, month or a date range)
create index ix_sample_time on sample (project_id, dataset_id, sample_time);
