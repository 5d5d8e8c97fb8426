-- Drafts: at most one per guideline slug, the whole document as the editor sent it (JSON, validated before it is
-- stored; the request body limit keeps it small). Not served content: no content-revision trigger. revision counts the
-- writes and makes the strong ETag; base_version is the published version the draft was copied from (null for a new
-- guideline), so a publication can tell that someone published in between.
create table guideline_draft (
    slug         varchar(100)   not null primary key,
    document     varchar(200000) not null,
    revision     integer        not null,
    base_version integer,
    created_by   varchar(200)   not null,
    created_at   timestamp with time zone not null,
    updated_by   varchar(200)   not null,
    updated_at   timestamp with time zone not null,
    constraint ck_guideline_draft_revision_positive check (revision >= 1)
);
