-- PostgreSQL: every content table bumps content_revision (V6) once per statement that inserts, updates, deletes or
-- truncates. A new content table needs its trigger here and in db/vendor/h2 (ContentRevisionContract checks both).

-- greatest(): the revision row stays locked until commit, and an update that waited for it sees the committed row, so
-- a transaction that committed later never moves changed_at (and with it Last-Modified) backwards. clock_timestamp():
-- the time of the change, not of the start of its transaction.
create function bump_content_revision() returns trigger
    language plpgsql
as $$
begin
    update content_revision set revision = revision + 1, changed_at = greatest(changed_at, clock_timestamp()) where id = 1;
    return null;
end
$$;

create trigger nutrient_content_revision after insert or update or delete or truncate on nutrient for each statement execute function bump_content_revision();
create trigger evidence_level_content_revision after insert or update or delete or truncate on evidence_level for each statement execute function bump_content_revision();
create trigger guideline_content_revision after insert or update or delete or truncate on guideline for each statement execute function bump_content_revision();
create trigger guideline_alternative_name_content_revision after insert or update or delete or truncate on guideline_alternative_name for each statement execute function bump_content_revision();
create trigger guideline_cause_content_revision after insert or update or delete or truncate on guideline_cause for each statement execute function bump_content_revision();
create trigger related_condition_content_revision after insert or update or delete or truncate on related_condition for each statement execute function bump_content_revision();
create trigger related_condition_example_content_revision after insert or update or delete or truncate on related_condition_example for each statement execute function bump_content_revision();
create trigger guideline_footnote_content_revision after insert or update or delete or truncate on guideline_footnote for each statement execute function bump_content_revision();
create trigger guideline_editorial_note_content_revision after insert or update or delete or truncate on guideline_editorial_note for each statement execute function bump_content_revision();
create trigger recommendation_content_revision after insert or update or delete or truncate on recommendation for each statement execute function bump_content_revision();
create trigger recommendation_effect_content_revision after insert or update or delete or truncate on recommendation_effect for each statement execute function bump_content_revision();
create trigger attention_point_content_revision after insert or update or delete or truncate on attention_point for each statement execute function bump_content_revision();
create trigger related_guideline_content_revision after insert or update or delete or truncate on related_guideline for each statement execute function bump_content_revision();
create trigger reference_intake_level_content_revision after insert or update or delete or truncate on reference_intake_level for each statement execute function bump_content_revision();
create trigger reference_level_note_content_revision after insert or update or delete or truncate on reference_level_note for each statement execute function bump_content_revision();
create trigger interaction_source_content_revision after insert or update or delete or truncate on interaction_source for each statement execute function bump_content_revision();
create trigger interaction_content_revision after insert or update or delete or truncate on interaction for each statement execute function bump_content_revision();
create trigger interaction_atc_content_revision after insert or update or delete or truncate on interaction_atc for each statement execute function bump_content_revision();
create trigger interaction_citation_content_revision after insert or update or delete or truncate on interaction_citation for each statement execute function bump_content_revision();
