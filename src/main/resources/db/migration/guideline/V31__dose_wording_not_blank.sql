-- A dose keeps the source's wording beside its numbers (DoseRange refuses a blank one when a guideline is read), so the
-- database refuses it too: a row written by plain SQL with blank wording would otherwise make its guideline unreadable.
-- Tabs and line breaks count as blank, as in Java's isBlank (trim alone removes only spaces).
alter table recommendation add constraint ck_dose_source_text_not_blank
    check (trim(translate(dose_source_text, chr(9) || chr(10) || chr(13), '   ')) <> '');
