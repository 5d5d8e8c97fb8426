-- A dose keeps the source's wording beside its numbers (DoseRange refuses a blank one when a guideline is read), so the
-- database refuses it too: a row written by plain SQL with blank wording would otherwise make its guideline unreadable.
alter table recommendation add constraint ck_dose_source_text_not_blank check (trim(dose_source_text) <> '');
