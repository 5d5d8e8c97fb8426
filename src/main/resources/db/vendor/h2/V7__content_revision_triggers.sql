-- H2: every content table bumps content_revision (V6) after each changed row. H2 triggers are Java classes; see
-- H2ContentRevisionTrigger for why they are row-level. TRUNCATE fires no trigger on H2: delete instead.
-- A new content table needs its trigger here and in db/vendor/postgresql (ContentRevisionContract checks both).

create trigger nutrient_content_revision after insert, update, delete on nutrient for each row call 'nl.supplementguidelines.ops.H2ContentRevisionTrigger';
create trigger evidence_level_content_revision after insert, update, delete on evidence_level for each row call 'nl.supplementguidelines.ops.H2ContentRevisionTrigger';
create trigger guideline_content_revision after insert, update, delete on guideline for each row call 'nl.supplementguidelines.ops.H2ContentRevisionTrigger';
create trigger guideline_alternative_name_content_revision after insert, update, delete on guideline_alternative_name for each row call 'nl.supplementguidelines.ops.H2ContentRevisionTrigger';
create trigger guideline_cause_content_revision after insert, update, delete on guideline_cause for each row call 'nl.supplementguidelines.ops.H2ContentRevisionTrigger';
create trigger related_condition_content_revision after insert, update, delete on related_condition for each row call 'nl.supplementguidelines.ops.H2ContentRevisionTrigger';
create trigger related_condition_example_content_revision after insert, update, delete on related_condition_example for each row call 'nl.supplementguidelines.ops.H2ContentRevisionTrigger';
create trigger guideline_footnote_content_revision after insert, update, delete on guideline_footnote for each row call 'nl.supplementguidelines.ops.H2ContentRevisionTrigger';
create trigger guideline_editorial_note_content_revision after insert, update, delete on guideline_editorial_note for each row call 'nl.supplementguidelines.ops.H2ContentRevisionTrigger';
create trigger recommendation_content_revision after insert, update, delete on recommendation for each row call 'nl.supplementguidelines.ops.H2ContentRevisionTrigger';
create trigger recommendation_effect_content_revision after insert, update, delete on recommendation_effect for each row call 'nl.supplementguidelines.ops.H2ContentRevisionTrigger';
create trigger attention_point_content_revision after insert, update, delete on attention_point for each row call 'nl.supplementguidelines.ops.H2ContentRevisionTrigger';
create trigger related_guideline_content_revision after insert, update, delete on related_guideline for each row call 'nl.supplementguidelines.ops.H2ContentRevisionTrigger';
create trigger reference_intake_level_content_revision after insert, update, delete on reference_intake_level for each row call 'nl.supplementguidelines.ops.H2ContentRevisionTrigger';
create trigger reference_level_note_content_revision after insert, update, delete on reference_level_note for each row call 'nl.supplementguidelines.ops.H2ContentRevisionTrigger';
create trigger interaction_source_content_revision after insert, update, delete on interaction_source for each row call 'nl.supplementguidelines.ops.H2ContentRevisionTrigger';
create trigger interaction_content_revision after insert, update, delete on interaction for each row call 'nl.supplementguidelines.ops.H2ContentRevisionTrigger';
create trigger interaction_atc_content_revision after insert, update, delete on interaction_atc for each row call 'nl.supplementguidelines.ops.H2ContentRevisionTrigger';
create trigger interaction_citation_content_revision after insert, update, delete on interaction_citation for each row call 'nl.supplementguidelines.ops.H2ContentRevisionTrigger';
