-- Token buckets of the rate limits (Bucket4j's PostgreSQL backend), shared by every replica: one row per
-- caller ("api_key:<id>", "access_key:<id>", "oidc:<id>") and per client address whose
-- authentications fail ("failed-auth:<address>"). expires_at (epoch ms) is when a full bucket could be
-- forgotten; older rows are deleted every minute.
create table rate_limit_bucket (
    id         varchar(200) primary key,
    state      bytea,
    expires_at bigint
);

create index ix_rate_limit_bucket_expires_at on rate_limit_bucket (expires_at);
