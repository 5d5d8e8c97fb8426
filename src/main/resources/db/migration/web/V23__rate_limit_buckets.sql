-- The per-client token buckets shared by all instances when api.rate-limit.store=postgresql (bucket4j's JDBC layout:
-- the serialised bucket state, and when it may be removed, in epoch milliseconds). Created on every database so the
-- migrations stay alike; only PostgreSQL uses it.

create table rate_limit_bucket (
    id         varchar(64) not null primary key,
    state      bytea,
    expires_at bigint
);

create index ix_rate_limit_bucket_expires_at on rate_limit_bucket (expires_at);
