-- Everyone who created or changed a draft since its base version, so four eyes can refuse each of them as its publisher
-- (not only the last one: X writes, Y puts the same document back, X would publish their own content). One row per
-- distinct editor of a draft (DraftStore caps them), deleted with the draft. Not content: no content-revision trigger.
create table guideline_draft_editor (
    slug    varchar(100) not null references guideline_draft (slug) on delete cascade,
    subject varchar(200) not null,
    constraint pk_guideline_draft_editor primary key (slug, subject)
);

insert into guideline_draft_editor (slug, subject) select slug, created_by from guideline_draft;
insert into guideline_draft_editor (slug, subject) select slug, updated_by from guideline_draft where updated_by <> created_by;
