-- PostgreSQL triggers of V11 (audit trail) and V12 (change feed). In one file of version 20, not 11.1 and 12.1:
-- MigrationFoldersTest reads every version as a whole number.

-- The change feed is served content: every event bumps content_revision (V7), so the cached feed changes at once.
create trigger change_event_content_revision after insert or update or delete or truncate on change_event for each statement execute function bump_content_revision();

-- The audit trail is append-only: no row is ever changed or removed, whoever asks (a role that owns the table can
-- still drop the trigger; that is a schema change, visible in review, not an edit).
create function refuse_audit_change() returns trigger
    language plpgsql
as $$
begin
    raise exception 'audit_event is append-only: % refused', tg_op;
end
$$;

create trigger audit_event_append_only before update or delete on audit_event for each row execute function refuse_audit_change();
create trigger audit_event_no_truncate before truncate on audit_event for each statement execute function refuse_audit_change();
