-- The revision of the served content: one row that the triggers of V7 (db/vendor/h2, db/vendor/postgresql) bump
-- after every insert, update or delete of a content table, however the change is made (a migration, an editor's
-- SQL). The API keys its cache of serialised representations on it (ContentVersion) and takes Last-Modified from
-- changed_at. The row must stay: without it no change could be noticed, so the API then answers GETs with an error
-- rather than with possibly stale content.

create table content_revision (
    id         integer                  not null primary key,
    revision   bigint                   not null,
    changed_at timestamp with time zone not null,
    constraint ck_content_revision_single_row check (id = 1)
);

insert into content_revision (id, revision, changed_at) values (1, 0, current_timestamp);
