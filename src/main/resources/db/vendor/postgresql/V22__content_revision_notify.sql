-- PostgreSQL: the revision trigger of V7 also announces the new revision on the channel content_revision, so every
-- instance of the API on this database learns of a change as it commits (LISTEN on a connection of its own, see
-- NotifiedContentVersion) instead of reading the revision for every request. PostgreSQL delivers a notification only
-- when its transaction commits, and never one of a transaction that rolled back; changes by plain SQL notify as well.

create or replace function bump_content_revision() returns trigger
    language plpgsql
as $$
declare
    bumped bigint;
begin
    update content_revision set revision = revision + 1, changed_at = greatest(changed_at, clock_timestamp()) where id = 1
        returning revision into bumped;
    -- Also when the revision row is gone (bumped is null): the instances then read, find no row, and cache nothing.
    perform pg_notify('content_revision', coalesce(bumped::text, ''));
    return null;
end
$$;
