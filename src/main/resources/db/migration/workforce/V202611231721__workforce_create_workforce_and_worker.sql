-- Labeling teams (workforces) and their members (workers). Ids are random (19 alphanumerics, 32 hex).
create extension if not exists pg_trgm;
-- lets a GIN index also hold project_id (for the project-scoped trigram index below)
create extension if not exists btree_gin;

create table workforce (
    id           varchar(19)  primary key,
    project_id   varchar(64)  not null,
    name         varchar(64)  not null,
    description  varchar(256) not null default '',
    -- active members (status <> 3), kept by the member writes in the same transaction
    worker_count integer      not null default 0 check (worker_count >= 0),
    create_time  timestamptz  not null,
    update_time  timestamptz  not null,
    version      bigint       not null default 0,
    constraint uk_workforce_project_name unique (project_id, name)
);

-- ListWorkforces: sort by create_time or by name (both end with the id), within a project
create index ix_workforce_project_create_time on workforce (project_id, create_time, id);
create index ix_workforce_project_name on workforce (project_id, name, id);
-- search_content: case-insensitive substring match (upper(name) like upper('%...%') escape '\'), within a
-- project. A trigram index on the name alone made generic plans (prepared statements after 5 runs) fetch
-- the matches of every project and intersect them with the project's rows.
create index ix_workforce_project_name_trgm on workforce using gin (project_id, upper(name) gin_trgm_ops);

create table worker (
    id           varchar(32)  primary key,
    project_id   varchar(64)  not null,
    workforce_id varchar(19)  not null,
    email        varchar(254) not null,
    role         integer      not null check (role between 0 and 3),
    status       integer      not null check (status between 0 and 3),
    description  varchar(256) not null default '',
    create_time  timestamptz  not null,
    update_time  timestamptz  not null,
    version      bigint       not null default 0,
    -- a team's members go with the team (a team that tasks use is never deleted: WorkforceUsage)
    constraint fk_worker_workforce foreign key (workforce_id) references workforce (id) on delete cascade,
    -- over every status: a removed member's row is reactivated when its e-mail is added again
    constraint uk_worker_workforce_email unique (workforce_id, email)
);

-- ModelArts.4617: at most one team administrator (role 2) among a team's active members
create unique index uk_worker_workforce_admin on worker (workforce_id) where role = 2 and status <> 3;

-- The list queries always say "status <> 3" literally, so these partial indexes apply to every plan.
-- ListWorkers: one team's members by create_time or email
create index ix_worker_team_create_time on worker (workforce_id, create_time, id) where status <> 3;
create index ix_worker_team_email on worker (workforce_id, email, id) where status <> 3;
-- ListAllWorkers: a project's members by create_time or email, with or without the role filter
create index ix_worker_project_create_time on worker (project_id, create_time, id) where status <> 3;
create index ix_worker_project_email on worker (project_id, email, id) where status <> 3;
create index ix_worker_project_role_create_time on worker (project_id, role, create_time, id) where status <> 3;
create index ix_worker_project_role_email on worker (project_id, role, email, id) where status <> 3;
