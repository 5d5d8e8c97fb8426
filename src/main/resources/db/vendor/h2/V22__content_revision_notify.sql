-- H2: nothing to do. The PostgreSQL migration of this number makes its revision trigger NOTIFY the instances; on the
-- embedded H2 the triggers already announce every revision in this JVM (EmbeddedContentChanges). This file keeps the
-- two folders at the same versions (MigrationFoldersTest counts them alike).
select 1;
