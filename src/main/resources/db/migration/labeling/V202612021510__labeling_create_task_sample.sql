-- The team labeling workflow (module labeling): each member's copy of a sample in a task, the maintained
-- counters that task statistics read, and the distribution state of each task. Every key and index starts
-- with (project_id, dataset_id), so the tables can be hash-partitioned or distributed with Citus on them without
-- changing a query (docs/scale-out.md).

create table task_sample (
    project_id        varchar(64)   not null,
    dataset_id        varchar(19)   not null,
    task_id           varchar(19)   not null references workforce_task (id) on delete cascade,
    sample_id         varchar(32)   not null,
    -- the member (member task) the copy belongs to; changes when a re-assignment moves an unfinished copy
    worker_id         varchar(32)   not null,
    workforce_id      varchar(19)   not null,
    email             varchar(254)  not null,
    -- 0 .. repetition-1: which of the sample's copies this is (copy 0 counts the task's samples)
    copy_no           integer       not null check (copy_no >= 0),
    state             varchar(32)   not null default 'NONE',
    labels            jsonb         not null default '[]',
    labeler           varchar(254),
    label_time        timestamptz,
    -- the reviewer's verdict (ReviewSamples)
    review_accept     boolean,
    review_comment    varchar(256),
    review_score      varchar(1)    check (review_score in ('A', 'B', 'C', 'D')),
    reviewer          varchar(254),
    review_time       timestamptz,
    -- the owner's verdict in an acceptance (AcceptSamples), and the acceptance that sampled the copy
    checking_task_id  varchar(19),
    check_accept      boolean,
    check_comment     varchar(256),
    check_score       varchar(1)    check (check_score in ('A', 'B', 'C', 'D')),
    check_time        timestamptz,
    create_time       timestamptz   not null,
    update_time       timestamptz   not null,
    version           bigint        not null default 0,
    constraint pk_task_sample primary key (project_id, dataset_id, task_id, sample_id, worker_id),
    -- one copy number per sample: a repeated distribution (a resubmitted event) inserts nothing twice
    constraint uk_task_sample_copy unique (project_id, dataset_id, task_id, sample_id, copy_no)
);

-- A sample deleted from the dataset leaves every task with it: one set-based delete per deleting statement (a
-- foreign key with on delete cascade did the same, but its per-row check made the distribution's insert of 300,000
-- copies take minutes instead of seconds; docs/benchmarks.md). Copies are only ever inserted from existing samples.
create function task_sample_drop_deleted_samples() returns trigger language plpgsql as $$
begin
    delete from task_sample t using old_rows o
    where t.project_id = o.project_id and t.dataset_id = o.dataset_id and t.sample_id = o.id;
    return null;
end $$;

create trigger task_sample_drop_deleted_samples after delete on sample
    referencing old table as old_rows for each statement execute function task_sample_drop_deleted_samples();

-- a labeler's copies (27) by state, and re-assignment (a member's unfinished copies)
create index ix_task_sample_worker on task_sample (project_id, dataset_id, task_id, worker_id, state, sample_id);
-- a reviewer's team's copies (27, 30)
create index ix_task_sample_team on task_sample (project_id, dataset_id, task_id, workforce_id, state, sample_id);
-- the owner's view (27) and acceptance sampling by state
create index ix_task_sample_state on task_sample (project_id, dataset_id, task_id, state, sample_id);

-- Copies per task, member and state, and the verdicts' figures per member: kept in the writing transaction by
-- statement-level triggers, so statistics read a row per member and state, never the copies.
create table task_sample_count (
    project_id   varchar(64)  not null,
    dataset_id   varchar(19)  not null,
    task_id      varchar(19)  not null references workforce_task (id) on delete cascade,
    worker_id    varchar(32)  not null,
    -- a copy state, or '#samples' (copies number 0: the task's distinct samples)
    state        varchar(32)  not null,
    copies       bigint       not null default 0,
    constraint pk_task_sample_count primary key (project_id, dataset_id, task_id, worker_id, state)
);

-- Label instances and copies carrying each label, per task and member (ListWorkforceTaskStats label_stats sums the
-- members): per member, so that labelers of one task never wait on each other's counter rows
create table task_label_count (
    project_id   varchar(64)  not null,
    dataset_id   varchar(19)  not null,
    task_id      varchar(19)  not null references workforce_task (id) on delete cascade,
    worker_id    varchar(32)  not null,
    name         text         not null,
    instances    bigint       not null default 0,
    copies       bigint       not null default 0,
    constraint pk_task_label_count primary key (project_id, dataset_id, task_id, worker_id, name)
);

create table task_member_stats (
    project_id        varchar(64)  not null,
    dataset_id        varchar(19)  not null,
    task_id           varchar(19)  not null references workforce_task (id) on delete cascade,
    worker_id         varchar(32)  not null,
    -- the copy's last verdict: the owner's where there is one, else the reviewer's
    accepted          bigint       not null default 0,
    rejected          bigint       not null default 0,
    -- scores A..D as 4..1, over the verdicts that carry one
    score_sum         bigint       not null default 0,
    scored            bigint       not null default 0,
    -- copies the owner has given a verdict in an acceptance
    checked           bigint       not null default 0,
    constraint pk_task_member_stats primary key (project_id, dataset_id, task_id, worker_id)
);

-- Adds the deltas of one statement (signed rows: +1 for a new row version, -1 for an old one), in key order so that
-- concurrent writers lock counter rows in the same order (no deadlock). A deleted task's counters went with it
-- (cascade): nothing is counted for it.
create function task_sample_count_add() returns trigger language plpgsql as $$
begin
    if tg_op = 'INSERT' then
    with d as (
        select project_id, dataset_id, task_id, sample_id, worker_id, state, copy_no, labels,
               coalesce(check_accept, review_accept) as verdict,
               case coalesce(check_score, review_score) when 'A' then 4 when 'B' then 3 when 'C' then 2
                                                          when 'D' then 1 end as score,
               check_accept is not null as checked, 1 as sign
        from new_rows
    ), lc as (
        insert into task_label_count (project_id, dataset_id, task_id, worker_id, name, instances, copies)
        select g.* from (
            select project_id, dataset_id, task_id, worker_id, name, sum(sign * n)::bigint, sum(sign)::bigint from (
                select d.project_id, d.dataset_id, d.task_id, d.sample_id, d.worker_id, d.sign, e->>'name' as name,
                       count(*) as n
                from d cross join jsonb_array_elements(d.labels) e
                group by 1, 2, 3, 4, 5, 6, 7) per_copy
            group by 1, 2, 3, 4, 5) g (project_id, dataset_id, task_id, worker_id, name, instances, copies)
        where (g.instances <> 0 or g.copies <> 0) and g.name is not null
          and exists (select 1 from workforce_task t where t.id = g.task_id)
        order by 1, 2, 3, 4, 5
        on conflict (project_id, dataset_id, task_id, worker_id, name)
        do update set instances = task_label_count.instances + excluded.instances,
                      copies = task_label_count.copies + excluded.copies
    ), c as (
        insert into task_sample_count (project_id, dataset_id, task_id, worker_id, state, copies)
        select g.* from (
            select project_id, dataset_id, task_id, worker_id, state, sum(sign)::bigint from d group by 1, 2, 3, 4, 5
            union all
            select project_id, dataset_id, task_id, worker_id, '#samples', sum(sign)::bigint from d
            where copy_no = 0 group by 1, 2, 3, 4) g (project_id, dataset_id, task_id, worker_id, state, copies)
        where g.copies <> 0 and exists (select 1 from workforce_task t where t.id = g.task_id)
        order by 1, 2, 3, 4, 5
        on conflict (project_id, dataset_id, task_id, worker_id, state)
        do update set copies = task_sample_count.copies + excluded.copies

    )
    insert into task_member_stats (project_id, dataset_id, task_id, worker_id, accepted, rejected, score_sum, scored,
                                   checked)
    select g.* from (
        select project_id, dataset_id, task_id, worker_id,
               sum(case when verdict then sign else 0 end)::bigint,
               sum(case when not verdict then sign else 0 end)::bigint,
               sum(coalesce(score, 0) * sign)::bigint,
               sum(case when score is not null then sign else 0 end)::bigint,
               sum(case when checked then sign else 0 end)::bigint
        from d where verdict is not null group by 1, 2, 3, 4
    ) g (project_id, dataset_id, task_id, worker_id, accepted, rejected, score_sum, scored, checked)
    where (g.accepted <> 0 or g.rejected <> 0 or g.score_sum <> 0 or g.scored <> 0 or g.checked <> 0)
      and exists (select 1 from workforce_task t where t.id = g.task_id)
    order by 1, 2, 3, 4
    on conflict (project_id, dataset_id, task_id, worker_id)
    do update set accepted = task_member_stats.accepted + excluded.accepted,
                  rejected = task_member_stats.rejected + excluded.rejected,
                  score_sum = task_member_stats.score_sum + excluded.score_sum,
                  scored = task_member_stats.scored + excluded.scored,
                  checked = task_member_stats.checked + excluded.checked;
    elsif tg_op = 'DELETE' then
    with d as (
        select project_id, dataset_id, task_id, sample_id, worker_id, state, copy_no, labels,
               coalesce(check_accept, review_accept) as verdict,
               case coalesce(check_score, review_score) when 'A' then 4 when 'B' then 3 when 'C' then 2
                                                          when 'D' then 1 end as score,
               check_accept is not null as checked, -1 as sign
        from old_rows
    ), lc as (
        insert into task_label_count (project_id, dataset_id, task_id, worker_id, name, instances, copies)
        select g.* from (
            select project_id, dataset_id, task_id, worker_id, name, sum(sign * n)::bigint, sum(sign)::bigint from (
                select d.project_id, d.dataset_id, d.task_id, d.sample_id, d.worker_id, d.sign, e->>'name' as name,
                       count(*) as n
                from d cross join jsonb_array_elements(d.labels) e
                group by 1, 2, 3, 4, 5, 6, 7) per_copy
            group by 1, 2, 3, 4, 5) g (project_id, dataset_id, task_id, worker_id, name, instances, copies)
        where (g.instances <> 0 or g.copies <> 0) and g.name is not null
          and exists (select 1 from workforce_task t where t.id = g.task_id)
        order by 1, 2, 3, 4, 5
        on conflict (project_id, dataset_id, task_id, worker_id, name)
        do update set instances = task_label_count.instances + excluded.instances,
                      copies = task_label_count.copies + excluded.copies
    ), c as (
        insert into task_sample_count (project_id, dataset_id, task_id, worker_id, state, copies)
        select g.* from (
            select project_id, dataset_id, task_id, worker_id, state, sum(sign)::bigint from d group by 1, 2, 3, 4, 5
            union all
            select project_id, dataset_id, task_id, worker_id, '#samples', sum(sign)::bigint from d
            where copy_no = 0 group by 1, 2, 3, 4) g (project_id, dataset_id, task_id, worker_id, state, copies)
        where g.copies <> 0 and exists (select 1 from workforce_task t where t.id = g.task_id)
        order by 1, 2, 3, 4, 5
        on conflict (project_id, dataset_id, task_id, worker_id, state)
        do update set copies = task_sample_count.copies + excluded.copies

    )
    insert into task_member_stats (project_id, dataset_id, task_id, worker_id, accepted, rejected, score_sum, scored,
                                   checked)
    select g.* from (
        select project_id, dataset_id, task_id, worker_id,
               sum(case when verdict then sign else 0 end)::bigint,
               sum(case when not verdict then sign else 0 end)::bigint,
               sum(coalesce(score, 0) * sign)::bigint,
               sum(case when score is not null then sign else 0 end)::bigint,
               sum(case when checked then sign else 0 end)::bigint
        from d where verdict is not null group by 1, 2, 3, 4
    ) g (project_id, dataset_id, task_id, worker_id, accepted, rejected, score_sum, scored, checked)
    where (g.accepted <> 0 or g.rejected <> 0 or g.score_sum <> 0 or g.scored <> 0 or g.checked <> 0)
      and exists (select 1 from workforce_task t where t.id = g.task_id)
    order by 1, 2, 3, 4
    on conflict (project_id, dataset_id, task_id, worker_id)
    do update set accepted = task_member_stats.accepted + excluded.accepted,
                  rejected = task_member_stats.rejected + excluded.rejected,
                  score_sum = task_member_stats.score_sum + excluded.score_sum,
                  scored = task_member_stats.scored + excluded.scored,
                  checked = task_member_stats.checked + excluded.checked;
    else
    with d as (
        select project_id, dataset_id, task_id, sample_id, worker_id, state, copy_no, labels,
               coalesce(check_accept, review_accept) as verdict,
               case coalesce(check_score, review_score) when 'A' then 4 when 'B' then 3 when 'C' then 2
                                                          when 'D' then 1 end as score,
               check_accept is not null as checked, 1 as sign
        from new_rows
        union all
        select project_id, dataset_id, task_id, sample_id, worker_id, state, copy_no, labels,
               coalesce(check_accept, review_accept) as verdict,
               case coalesce(check_score, review_score) when 'A' then 4 when 'B' then 3 when 'C' then 2
                                                          when 'D' then 1 end as score,
               check_accept is not null as checked, -1 as sign
        from old_rows
    ), lc as (
        insert into task_label_count (project_id, dataset_id, task_id, worker_id, name, instances, copies)
        select g.* from (
            select project_id, dataset_id, task_id, worker_id, name, sum(sign * n)::bigint, sum(sign)::bigint from (
                select d.project_id, d.dataset_id, d.task_id, d.sample_id, d.worker_id, d.sign, e->>'name' as name,
                       count(*) as n
                from d cross join jsonb_array_elements(d.labels) e
                group by 1, 2, 3, 4, 5, 6, 7) per_copy
            group by 1, 2, 3, 4, 5) g (project_id, dataset_id, task_id, worker_id, name, instances, copies)
        where (g.instances <> 0 or g.copies <> 0) and g.name is not null
          and exists (select 1 from workforce_task t where t.id = g.task_id)
        order by 1, 2, 3, 4, 5
        on conflict (project_id, dataset_id, task_id, worker_id, name)
        do update set instances = task_label_count.instances + excluded.instances,
                      copies = task_label_count.copies + excluded.copies
    ), c as (
        insert into task_sample_count (project_id, dataset_id, task_id, worker_id, state, copies)
        select g.* from (
            select project_id, dataset_id, task_id, worker_id, state, sum(sign)::bigint from d group by 1, 2, 3, 4, 5
            union all
            select project_id, dataset_id, task_id, worker_id, '#samples', sum(sign)::bigint from d
            where copy_no = 0 group by 1, 2, 3, 4) g (project_id, dataset_id, task_id, worker_id, state, copies)
        where g.copies <> 0 and exists (select 1 from workforce_task t where t.id = g.task_id)
        order by 1, 2, 3, 4, 5
        on conflict (project_id, dataset_id, task_id, worker_id, state)
        do update set copies = task_sample_count.copies + excluded.copies

    )
    insert into task_member_stats (project_id, dataset_id, task_id, worker_id, accepted, rejected, score_sum, scored,
                                   checked)
    select g.* from (
        select project_id, dataset_id, task_id, worker_id,
               sum(case when verdict then sign else 0 end)::bigint,
               sum(case when not verdict then sign else 0 end)::bigint,
               sum(coalesce(score, 0) * sign)::bigint,
               sum(case when score is not null then sign else 0 end)::bigint,
               sum(case when checked then sign else 0 end)::bigint
        from d where verdict is not null group by 1, 2, 3, 4
    ) g (project_id, dataset_id, task_id, worker_id, accepted, rejected, score_sum, scored, checked)
    where (g.accepted <> 0 or g.rejected <> 0 or g.score_sum <> 0 or g.scored <> 0 or g.checked <> 0)
      and exists (select 1 from workforce_task t where t.id = g.task_id)
    order by 1, 2, 3, 4
    on conflict (project_id, dataset_id, task_id, worker_id)
    do update set accepted = task_member_stats.accepted + excluded.accepted,
                  rejected = task_member_stats.rejected + excluded.rejected,
                  score_sum = task_member_stats.score_sum + excluded.score_sum,
                  scored = task_member_stats.scored + excluded.scored,
                  checked = task_member_stats.checked + excluded.checked;
    end if;
    return null;
end $$;

create trigger task_sample_count_insert after insert on task_sample
    referencing new table as new_rows for each statement execute function task_sample_count_add();
create trigger task_sample_count_update after update on task_sample
    referencing old table as old_rows new table as new_rows for each statement execute function task_sample_count_add();
create trigger task_sample_count_delete after delete on task_sample
    referencing old table as old_rows for each statement execute function task_sample_count_add();

-- Per task: how far distribution got (samples handed out so far, the rotation's next index), and acceptances.
create table labeling_task (
    project_id           varchar(64)  not null,
    dataset_id           varchar(19)  not null,
    task_id              varchar(19)  not null references workforce_task (id) on delete cascade,
    -- samples distributed so far: the next new sample continues the rotation from here
    next_index           bigint       not null default 0,
    distributed_time     timestamptz,
    -- the dataset's samples-ever-added counter at the last distribution: synchronize_data runs one more when it grew
    seen_samples         bigint       not null default 0,
    constraint pk_labeling_task primary key (project_id, dataset_id, task_id)
);
