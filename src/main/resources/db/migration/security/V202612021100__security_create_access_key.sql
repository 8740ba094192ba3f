-- AK/SK access keys: the secret is needed to check HMAC signatures, so it is stored encrypted (AES-GCM) with
-- the id of the key-encryption key that sealed it (rotation re-encrypts rows whose kek_id is not current).
create table access_key (
    id                uuid primary key,
    access_key        varchar(32)  not null,
    secret_ciphertext bytea        not null,
    kek_id            varchar(16)  not null,
    name              varchar(64)  not null,
    permission        varchar(8)   not null check (permission in ('read', 'write', 'admin')),
    projects          text[]       not null check (cardinality(projects) > 0),
    worker_email      varchar(254),
    expires_at        timestamptz,
    create_time       timestamptz  not null,
    revoked_at        timestamptz,
    constraint uk_access_key_access_key unique (access_key)
);

create index ix_access_key_active_create_time on access_key (create_time desc, id) where revoked_at is null;
create index ix_access_key_kek_id on access_key (kek_id);

-- Signatures seen within the clock-skew window: a second request with the same signature is a replay. Shared
-- by every replica through the primary key; rows are deleted once their request date is out of the window.
create table signature_seen (
    signature  char(64)    primary key,
    expires_at timestamptz not null
);

create index ix_signature_seen_expires_at on signature_seen (expires_at);
