-- English names, so that nutrients can be looked up by the names the reference files use
-- (shared/reference/*.md), and the factor that lets IU convert to mass where a substance defines one
-- (shared/reference/units.md: vitamin D, 1 µg = 40 IU). A nutrient without a factor never converts IU.

alter table nutrient add column name_en varchar(200);
alter table nutrient add column iu_per_microgram numeric(20, 6);
alter table nutrient add constraint ck_nutrient_iu_factor_positive check (iu_per_microgram is null or iu_per_microgram > 0);

update nutrient set name_en = 'Probiotics' where slug = 'probiotica';
update nutrient set name_en = 'L-glutamine' where slug = 'l-glutamine';
update nutrient set name_en = 'Colostrum' where slug = 'colostrum';
update nutrient set name_en = 'Vitamin D' where slug = 'vitamine-d';
update nutrient set name_en = 'Zinc' where slug = 'zink';
update nutrient set name_en = 'Prebiotics' where slug = 'prebiotica';
update nutrient set name_en = 'Lactoferrin' where slug = 'lactoferrine';

update nutrient set iu_per_microgram = 40 where slug = 'vitamine-d';
