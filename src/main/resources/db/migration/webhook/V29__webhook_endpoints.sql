-- Webhook endpoints (README "Webhooks"). The change feed (V12) is the outbox: it is written in the writing transaction,
-- gapless and in commit order, so an endpoint only keeps a cursor (delivered_position, the last event it acknowledged
-- with a 2xx or did not subscribe to) and the state of the attempt at the next event. The secret is stored because
-- deliveries are signed with it; it is never answered again after the registration. lease_owner/lease_until claim an
-- endpoint for one instance at a time (a conditional update that works on H2 and PostgreSQL alike).
-- Bookkeeping, not served content: no content-revision trigger.
create table webhook_endpoint (
    id                 varchar(36)   not null primary key,
    url                varchar(2000) not null,
    description        varchar(500),
    events             varchar(200)  not null,
    secret             varchar(100)  not null,
    owner_subject      varchar(200)  not null,
    owner_client       varchar(200),
    created_at         timestamp with time zone not null,
    -- ENABLED or DISABLED. No check constraint: H2 2.4 refuses updates of a row under an IN-list check once the
    -- in-memory database outlived the pool that created it ("Check constraint invalid"), which a restart test hits.
    status             varchar(20)   not null,
    disabled_at        timestamp with time zone,
    disabled_reason    varchar(500),
    delivered_position bigint        not null,
    attempts           integer       not null,
    failing_since      timestamp with time zone,
    next_attempt_at    timestamp with time zone not null,
    lease_owner        varchar(100),
    lease_until        timestamp with time zone,
    constraint ck_webhook_endpoint_attempts check (attempts >= 0)
);

create index ix_webhook_endpoint_due on webhook_endpoint (status, next_attempt_at);
create index ix_webhook_endpoint_owner on webhook_endpoint (owner_subject, created_at);
