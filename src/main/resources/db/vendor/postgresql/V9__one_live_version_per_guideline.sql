-- At most one version per slug is live (CURRENT or WITHDRAWN); all others are SUPERSEDED. PostgreSQL: a partial index.
create unique index ux_guideline_live_version on guideline (slug) where status <> 'SUPERSEDED';
