-- The leaky-gut guideline, from shared/source/suppletierichtlijn-leaky-gut.txt.
-- Every statement and number below is checked against that document by GuidelineFidelityTest.
-- Rows refer to each other by slug and position, never by generated id, so the script is portable.

insert into evidence_level (level_value) values (1);
insert into evidence_level (level_value) values (2);

insert into nutrient (slug, name, category) values ('probiotica', 'Probiotica', 'PROBIOTIC');
insert into nutrient (slug, name, category) values ('l-glutamine', 'L-glutamine', 'AMINO_ACID');
insert into nutrient (slug, name, category) values ('colostrum', 'Colostrum', 'PROTEIN');
insert into nutrient (slug, name, category) values ('vitamine-d', 'Vitamine D', 'VITAMIN');
insert into nutrient (slug, name, category) values ('zink', 'Zink', 'MINERAL');
insert into nutrient (slug, name, category) values ('prebiotica', 'Prebiotica', 'PREBIOTIC');
insert into nutrient (slug, name, category) values ('lactoferrine', 'Lactoferrine', 'PROTEIN');

insert into guideline (slug, title, language, description, causality_statement, goal, source_title, source_description, last_modified)
values ('leaky-gut', 'Leaky gut', 'nl',
        'Bij een leaky gut (lekkende darm) is er sprake van een verhoogde intestinale permeabiliteit. Hierbij is de barrièrefunctie van de darm verstoord, waardoor de darmwand (teveel) antigenen doorlaat. Er wordt ook wel gesproken van een hyperpermeabele darm. Het probleem ligt bij de tight junctions die minder goed functioneren.',
        'Het is echter niet goed bekend of de intestinale permeabiliteit oorzaak of gevolg van deze aandoeningen is.',
        'Suppletie heeft als doel de inflammatie in het maagdarmkanaal te remmen en de barrièrefunctie van de darm te verbeteren.',
        'Suppletierichtlijn Leaky gut',
        'One-page Dutch supplement guideline of a series for practitioners, served from a plain-text extraction of the printed document. The publisher is not named in our copy.',
        timestamp with time zone '2026-11-28 00:00:00+00:00');

insert into guideline_alternative_name (guideline_id, position, name) values ((select id from guideline where slug = 'leaky-gut'), 1, 'lekkende darm');
insert into guideline_alternative_name (guideline_id, position, name) values ((select id from guideline where slug = 'leaky-gut'), 2, 'verhoogde intestinale permeabiliteit');
insert into guideline_alternative_name (guideline_id, position, name) values ((select id from guideline where slug = 'leaky-gut'), 3, 'hyperpermeabele darm');

insert into guideline_cause (guideline_id, position, text) values ((select id from guideline where slug = 'leaky-gut'), 1, 'voedselovergevoeligheden');
insert into guideline_cause (guideline_id, position, text) values ((select id from guideline where slug = 'leaky-gut'), 2, 'zware lichamelijke inspanning');
insert into guideline_cause (guideline_id, position, text) values ((select id from guideline where slug = 'leaky-gut'), 3, 'stress');
insert into guideline_cause (guideline_id, position, text) values ((select id from guideline where slug = 'leaky-gut'), 4, 'overbelasting van het immuunsysteem');
insert into guideline_cause (guideline_id, position, text) values ((select id from guideline where slug = 'leaky-gut'), 5, 'een verstoorde darmmicrobiota door bijv. antibioticagebruik');

insert into related_condition (guideline_id, position, name) values ((select id from guideline where slug = 'leaky-gut'), 1, 'chronische inflammatie');
insert into related_condition (guideline_id, position, name) values ((select id from guideline where slug = 'leaky-gut'), 2, 'chronisch vermoeidheidssyndroom');
insert into related_condition (guideline_id, position, name) values ((select id from guideline where slug = 'leaky-gut'), 3, 'depressie');
insert into related_condition (guideline_id, position, name) values ((select id from guideline where slug = 'leaky-gut'), 4, 'hartfalen');
insert into related_condition (guideline_id, position, name) values ((select id from guideline where slug = 'leaky-gut'), 5, 'allergieën');
insert into related_condition (guideline_id, position, name) values ((select id from guideline where slug = 'leaky-gut'), 6, 'metabole stoornissen');
insert into related_condition (guideline_id, position, name) values ((select id from guideline where slug = 'leaky-gut'), 7, 'overgewicht');
insert into related_condition (guideline_id, position, name) values ((select id from guideline where slug = 'leaky-gut'), 8, 'auto-immuunaandoeningen');
insert into related_condition (guideline_id, position, name) values ((select id from guideline where slug = 'leaky-gut'), 9, 'prikkelbare darm syndroom');

insert into related_condition_example (related_condition_id, position, name)
values ((select c.id from related_condition c join guideline g on g.id = c.guideline_id where g.slug = 'leaky-gut' and c.position = 8), 1, 'Ziekte van Crohn');
insert into related_condition_example (related_condition_id, position, name)
values ((select c.id from related_condition c join guideline g on g.id = c.guideline_id where g.slug = 'leaky-gut' and c.position = 8), 2, 'coeliakie');
insert into related_condition_example (related_condition_id, position, name)
values ((select c.id from related_condition c join guideline g on g.id = c.guideline_id where g.slug = 'leaky-gut' and c.position = 8), 3, 'type 1 diabetes');

insert into guideline_footnote (guideline_id, position, marker, text)
values ((select id from guideline where slug = 'leaky-gut'), 1, '*', 'cfu = colony forming units / kolonievormende eenheden (kve).');

insert into guideline_editorial_note (guideline_id, position, text)
values ((select id from guideline where slug = 'leaky-gut'), 1,
        'The probiotics dose is printed as 1x10⁹ cfu (one billion); the plain-text extraction flattened the superscript to "1x109".');
insert into guideline_editorial_note (guideline_id, position, text)
values ((select id from guideline where slug = 'leaky-gut'), 2,
        'The L-glutamine effect reads "darmintegritieit" in the source, a typo for "darmintegriteit"; it is served corrected.');

-- The table, in document order.
insert into recommendation (guideline_id, position, nutrient_id, qualifier, dose_minimum, dose_maximum, dose_unit, dose_period, dose_source_text, dose_footnote_marker, evidence_level)
values ((select id from guideline where slug = 'leaky-gut'), 1, (select id from nutrient where slug = 'probiotica'), 'multi-strain, multi-species',
        1000000000, null, 'COLONY_FORMING_UNIT', 'DAY', 'Minimaal 1x10⁹ cfu', '*', 2);
insert into recommendation (guideline_id, position, nutrient_id, qualifier, dose_minimum, dose_maximum, dose_unit, dose_period, dose_source_text, dose_footnote_marker, evidence_level)
values ((select id from guideline where slug = 'leaky-gut'), 2, (select id from nutrient where slug = 'l-glutamine'), null,
        15, 30, 'GRAM', 'DAY', '15-30 g', null, 2);
insert into recommendation (guideline_id, position, nutrient_id, qualifier, dose_minimum, dose_maximum, dose_unit, dose_period, dose_source_text, dose_footnote_marker, evidence_level)
values ((select id from guideline where slug = 'leaky-gut'), 3, (select id from nutrient where slug = 'colostrum'), null,
        500, 500, 'MILLIGRAM', 'DAY', '500 mg', null, 2);
insert into recommendation (guideline_id, position, nutrient_id, qualifier, dose_minimum, dose_maximum, dose_unit, dose_period, dose_source_text, dose_footnote_marker, evidence_level)
values ((select id from guideline where slug = 'leaky-gut'), 4, (select id from nutrient where slug = 'vitamine-d'), null,
        25, null, 'MICROGRAM', 'DAY', 'Minimaal 25 mcg', null, 2);
insert into recommendation (guideline_id, position, nutrient_id, qualifier, dose_minimum, dose_maximum, dose_unit, dose_period, dose_source_text, dose_footnote_marker, evidence_level)
values ((select id from guideline where slug = 'leaky-gut'), 5, (select id from nutrient where slug = 'zink'), null,
        15, 20, 'MILLIGRAM', 'DAY', '15-20 mg', null, 2);
insert into recommendation (guideline_id, position, nutrient_id, qualifier, dose_minimum, dose_maximum, dose_unit, dose_period, dose_source_text, dose_footnote_marker, evidence_level)
values ((select id from guideline where slug = 'leaky-gut'), 6, (select id from nutrient where slug = 'prebiotica'), null,
        5, 5, 'GRAM', 'DAY', '5 g', null, 1);
insert into recommendation (guideline_id, position, nutrient_id, qualifier, dose_minimum, dose_maximum, dose_unit, dose_period, dose_source_text, dose_footnote_marker, evidence_level)
values ((select id from guideline where slug = 'leaky-gut'), 7, (select id from nutrient where slug = 'lactoferrine'), null,
        1500, 3000, 'MILLIGRAM', 'DAY', '1.500-3.000 mg', null, 1);

insert into recommendation_effect (recommendation_id, position, text)
values ((select r.id from recommendation r join guideline g on g.id = r.guideline_id where g.slug = 'leaky-gut' and r.position = 1), 1, 'Helpt de intestinale barrièrefunctie te ondersteunen');
insert into recommendation_effect (recommendation_id, position, text)
values ((select r.id from recommendation r join guideline g on g.id = r.guideline_id where g.slug = 'leaky-gut' and r.position = 1), 2, 'Herstelt butyraatproducerende bacteriën');
insert into recommendation_effect (recommendation_id, position, text)
values ((select r.id from recommendation r join guideline g on g.id = r.guideline_id where g.slug = 'leaky-gut' and r.position = 2), 1, 'Ondersteunt het darmmicrobioom en de darmintegriteit en moduleert de inflammatoire respons');
insert into recommendation_effect (recommendation_id, position, text)
values ((select r.id from recommendation r join guideline g on g.id = r.guideline_id where g.slug = 'leaky-gut' and r.position = 3), 1, 'Verlaagt de darmpermeabiliteit');
insert into recommendation_effect (recommendation_id, position, text)
values ((select r.id from recommendation r join guideline g on g.id = r.guideline_id where g.slug = 'leaky-gut' and r.position = 3), 2, 'Neutraliseert LPS');
insert into recommendation_effect (recommendation_id, position, text)
values ((select r.id from recommendation r join guideline g on g.id = r.guideline_id where g.slug = 'leaky-gut' and r.position = 3), 3, 'Verlaagt CRP en IL-6');
insert into recommendation_effect (recommendation_id, position, text)
values ((select r.id from recommendation r join guideline g on g.id = r.guideline_id where g.slug = 'leaky-gut' and r.position = 4), 1, 'Betrokken bij de barrièrefunctie van de darm');
insert into recommendation_effect (recommendation_id, position, text)
values ((select r.id from recommendation r join guideline g on g.id = r.guideline_id where g.slug = 'leaky-gut' and r.position = 5), 1, 'Essentieel voor celvernieuwing en herstelsystemen');
insert into recommendation_effect (recommendation_id, position, text)
values ((select r.id from recommendation r join guideline g on g.id = r.guideline_id where g.slug = 'leaky-gut' and r.position = 5), 2, 'Moduleert tight junctions');
insert into recommendation_effect (recommendation_id, position, text)
values ((select r.id from recommendation r join guideline g on g.id = r.guideline_id where g.slug = 'leaky-gut' and r.position = 6), 1, 'Stabiliseren de darmbarrière');
insert into recommendation_effect (recommendation_id, position, text)
values ((select r.id from recommendation r join guideline g on g.id = r.guideline_id where g.slug = 'leaky-gut' and r.position = 7), 1, 'Helpt functie van tight junctions te verbeteren');
insert into recommendation_effect (recommendation_id, position, text)
values ((select r.id from recommendation r join guideline g on g.id = r.guideline_id where g.slug = 'leaky-gut' and r.position = 7), 2, 'Helpt LPS-geïnduceerde hyperpermeabiliteit te verminderen');

insert into attention_point (guideline_id, position, text, nutrient_id, editorial_note)
values ((select id from guideline where slug = 'leaky-gut'), 1,
        'Per individu kan het soort en dosering van een behulpzaam probioticum verschillen. Het gebruik van meerdere soorten en stammen probiotica vergroot de kans op succes',
        (select id from nutrient where slug = 'probiotica'), null);
insert into attention_point (guideline_id, position, text, nutrient_id, editorial_note)
values ((select id from guideline where slug = 'leaky-gut'), 2,
        'Een (tijdelijk) FODMAP-dieet kan de darm tot rust brengen en het herstel van de darmbarrière ondersteunen',
        null, null);
insert into attention_point (guideline_id, position, text, nutrient_id, editorial_note)
values ((select id from guideline where slug = 'leaky-gut'), 3,
        'Bij het gebruik van medicijnen, zie tabel 1 voor mogelijke interacties',
        null, 'Tabel 1 (medicine interactions) is not part of our copy of the source document.');

insert into related_guideline (guideline_id, position, target_slug, target_title) values ((select id from guideline where slug = 'leaky-gut'), 1, 'dysbiose', 'Dysbiose');
insert into related_guideline (guideline_id, position, target_slug, target_title) values ((select id from guideline where slug = 'leaky-gut'), 2, 'chronische-inflammatie', 'Chronische inflammatie');
