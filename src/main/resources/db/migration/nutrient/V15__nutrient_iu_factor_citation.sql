-- Where a nutrient's IU factor comes from. Nutrients can now be added through the API (POST /nutrients), and an IU
-- factor changes every dose check of the nutrient, so it is only accepted with its citation. The seeded factor of
-- vitamin D cites the project's reference (shared/reference/units.md), as V3 did in its comment.

alter table nutrient add column iu_factor_citation varchar(500);

update nutrient set iu_factor_citation = 'shared/reference/units.md: vitamin D (cholecalciferol/ergocalciferol), 1 µg = 40 IU'
where slug = 'vitamine-d';

alter table nutrient add constraint ck_nutrient_iu_factor_cited check (iu_per_microgram is null or iu_factor_citation is not null);
