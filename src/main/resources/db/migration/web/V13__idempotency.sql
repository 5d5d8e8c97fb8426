-- Idempotency-Key (web.idempotency.Idempotency): the answer to the first request with a key, per editor, replayed
-- to every retry. The row is inserted in the transaction of the write itself, so a record exists exactly when the
-- write committed; a concurrent duplicate waits on the primary key. Rows older than api.idempotency.retention are
-- deleted. Not served content: no content-revision trigger.
create table idempotency_record (
    subject         varchar(200)  not null,
    idempotency_key varchar(255)  not null,
    operation       varchar(100)  not null,
    request_hash    varchar(64)   not null,
    status          integer       not null,
    location        varchar(2000),
    etag            varchar(200),
    content_type    varchar(200),
    body            varchar(1000000),
    created_at      timestamp with time zone not null,
    primary key (subject, idempotency_key)
);

create index ix_idempotency_record_created_at on idempotency_record (created_at);
