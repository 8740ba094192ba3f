create table api_key (
    id           uuid primary key,
    name         varchar(64)  not null,
    token_hash   varchar(64)  not null,
    permission   varchar(8)   not null check (permission in ('read', 'write', 'admin')),
    projects     text[]       not null check (cardinality(projects) > 0),
    worker_email varchar(254),
    expires_at   timestamptz,
    create_time  timestamptz  not null,
    revoked_at   timestamptz,
    constraint uk_api_key_token_hash unique (token_hash)
);

create index ix_api_key_active_create_time on api_key (create_time desc, id) where revoked_at is null;
