-- At most one version per slug is live (CURRENT or WITHDRAWN); all others are SUPERSEDED. H2 has no partial index:
-- a generated column that is null for superseded rows, unique (nulls are distinct).
alter table guideline add column live_slug varchar(100) generated always as (case when status <> 'SUPERSEDED' then slug end);
create unique index ux_guideline_live_version on guideline (live_slug);
