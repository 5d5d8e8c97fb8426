-- H2 triggers of V11 (audit trail) and V12 (change feed). In one file of version 20, not 11.1 and 12.1:
-- MigrationFoldersTest reads every version as a whole number.

-- The change feed is served content: every event bumps content_revision (V7), so the cached feed changes at once.
create trigger change_event_content_revision after insert, update, delete on change_event for each row call 'nl.supplementguidelines.ops.H2ContentRevisionTrigger';

-- The audit trail is append-only: update and delete are refused (H2AppendOnlyTrigger). H2 fires no trigger for
-- TRUNCATE; the embedded H2 is a single-user development database, PostgreSQL refuses that too.
create trigger audit_event_append_only before update, delete on audit_event for each row call 'nl.supplementguidelines.ops.H2AppendOnlyTrigger';
