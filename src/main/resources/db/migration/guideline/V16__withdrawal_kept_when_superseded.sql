-- A withdrawn guideline may be published again: its withdrawn version then becomes SUPERSEDED and keeps the record of
-- its withdrawal (when, by whom, why). V8 tied the withdrawal columns to the status WITHDRAWN both ways; now only a
-- WITHDRAWN version must have them.

alter table guideline drop constraint ck_guideline_withdrawal;
alter table guideline add constraint ck_guideline_withdrawal check (status <> 'WITHDRAWN' or withdrawn_at is not null);
