-- PostgreSQL: the revision trigger of V7 also announces a change on the channel content_revision, so every
-- instance of the API on this database learns of a change as it commits (LISTEN on a connection of its own, see
-- NotifiedContentVersion) instead of reading the revision for every request. PostgreSQL delivers a notification only
-- when its transaction commits, and never one of a transaction that rolled back; changes by plain SQL notify as well.

create or replace function bump_content_revision() returns trigger
    language plpgsql
as $$
begin
    update content_revision set revision = revision + 1, changed_at = greatest(changed_at, clock_timestamp()) where id = 1;
    -- Also when the revision row is gone: the instances then read, find no row, and cache nothing. The same (empty)
    -- payload every time, so PostgreSQL folds all notifications of one transaction into one (a bulk import of 50,000
    -- statements notifies once); the instances read the revision themselves.
    perform pg_notify('content_revision', '');
    return null;
end
$$;
