-- Published versions. Every row of guideline is now one published version of a guideline: (slug, version) is unique,
-- and the rows of a version (its children keyed by guideline_id) are never changed once published. Only the lifecycle
-- columns move: status turns CURRENT into SUPERSEDED when the next version is published, or into WITHDRAWN (with the
-- withdrawal's time, author and reason) when the guideline is withdrawn. At most one row per slug is not SUPERSEDED
-- (V9, per vendor). The seeded leaky-gut guideline becomes version 1, published by the source document.

alter table guideline add column version integer default 1 not null;
alter table guideline add column status varchar(12) default 'CURRENT' not null;
alter table guideline add column published_at timestamp with time zone;
alter table guideline add column published_by varchar(200);
alter table guideline add column change_note varchar(2000);
alter table guideline add column withdrawn_at timestamp with time zone;
alter table guideline add column withdrawn_by varchar(200);
alter table guideline add column withdrawal_reason varchar(2000);

update guideline set published_at = last_modified, published_by = 'source document',
    change_note = 'Version 1: the source document (Suppletierichtlijn ' || title || ') as read by the project';

alter table guideline alter column published_at set not null;
alter table guideline alter column published_by set not null;
alter table guideline alter column change_note set not null;

alter table guideline drop constraint uk_guideline_slug;
alter table guideline add constraint uk_guideline_slug_version unique (slug, version);
alter table guideline add constraint ck_guideline_version_positive check (version >= 1);
alter table guideline add constraint ck_guideline_status check (status in ('CURRENT', 'SUPERSEDED', 'WITHDRAWN'));
alter table guideline add constraint ck_guideline_withdrawal check ((status = 'WITHDRAWN') = (withdrawn_at is not null));
create index ix_guideline_status_slug on guideline (status, slug);
