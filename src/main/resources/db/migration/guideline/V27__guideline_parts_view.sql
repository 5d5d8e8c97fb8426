-- Every text part of a published version in one view, so that reading one guideline loads all of them in a single
-- statement instead of one per table (the entity maps it read-only: versions are written with plain SQL). kind names
-- the table; owner_position is the position of the row a part belongs to (a recommendation's effects, a related
-- condition's examples), 0 for the guideline's own parts. target_current tells, for a related guideline, whether its
-- target is published now: computed when read, so adding the target later resolves it as before.
create view guideline_part as
select guideline_id, cast('A' as varchar(1)) as kind, 0 as owner_position, position, cast(name as varchar(2000)) as text,
       cast(null as varchar(1000)) as detail, cast(null as bigint) as nutrient_id, false as target_current
from guideline_alternative_name
union all
select guideline_id, 'C', 0, position, text, null, null, false from guideline_cause
union all
select guideline_id, 'E', 0, position, text, null, null, false from guideline_editorial_note
union all
select guideline_id, 'F', 0, position, text, marker, null, false from guideline_footnote
union all
select r.guideline_id, 'G', 0, r.position, r.target_title, r.target_slug, null,
       exists (select 1 from guideline t where t.slug = r.target_slug and t.status = 'CURRENT')
from related_guideline r
union all
select guideline_id, 'P', 0, position, text, editorial_note, nutrient_id, false from attention_point
union all
select guideline_id, 'K', 0, position, name, null, null, false from related_condition
union all
select c.guideline_id, 'X', c.position, e.position, e.name, null, null, false
from related_condition_example e join related_condition c on c.id = e.related_condition_id
union all
select r.guideline_id, 'R', r.position, e.position, e.text, null, null, false
from recommendation_effect e join recommendation r on r.id = e.recommendation_id;
