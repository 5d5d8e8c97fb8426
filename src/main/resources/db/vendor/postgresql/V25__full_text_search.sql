-- Ranked search on PostgreSQL (README, "Ranked search"): one weighted tsvector per CURRENT guideline version in
-- guideline_search (GIN index), and search_word, the words of all searchable texts (trigram index) that a query word
-- with one typo is corrected against. Both are derived data, kept by the triggers below, so a version published by
-- the API or by plain SQL is searchable once its transaction commits; they hold no content of their own.
-- unaccent, pg_trgm and fuzzystrmatch are trusted extensions (PostgreSQL 13+): a database owner may create them.
create extension if not exists unaccent;
create extension if not exists pg_trgm;

-- Lower case, no accents, one space between words of [a-z0-9]: what the Java side (SearchWords) does to a text, so
-- both databases see the same words. Declared immutable as unaccent's fixed default rules are.
create function search_fold(input text) returns text
    language sql immutable parallel safe
as $$
select trim(regexp_replace(lower(unaccent(input)), '[^a-z0-9]+', ' ', 'g'))
$$;

-- A text of search_text as words: a translation's JSON gives its title, alternative names and description.
create function search_plain(field text, input text) returns text
    language sql immutable parallel safe
as $$
select case when field <> 'translation' then input
            else concat_ws(' ', input::jsonb ->> 'title', input::jsonb ->> 'description',
                           (select string_agg(name, ' ') from jsonb_array_elements_text(input::jsonb -> 'alternativeNames') name))
       end
$$;

create table guideline_search (
    guideline_id bigint   not null primary key references guideline (id) on delete cascade,
    document     tsvector not null
);
create index guideline_search_document on guideline_search using gin (document);

create table search_word (
    word varchar(200) not null primary key
);
create index search_word_trigram on search_word using gin (word gin_trgm_ops);

-- Concatenates tsvectors in order, shifting each one's positions past the last: the same word in the title and the
-- description keeps both weights (a tsvector cast from the texts joined would put both at position 1 and keep one).
create aggregate search_tsvector_agg(tsvector) (sfunc = tsvector_concat, stype = tsvector, initcond = '');

-- Weights rank the fields: A title, B alternative names, C description, D nutrients, effects and translations.
create function guideline_search_refresh(target bigint) returns void
    language plpgsql
as $$
begin
    delete from guideline_search where guideline_id = target;
    insert into guideline_search (guideline_id, document)
    select g.id, coalesce((
        select search_tsvector_agg(setweight(to_tsvector('dutch', search_fold(search_plain(s.field, s.text))), w.weight::"char")
                                   order by w.weight, s.field, s.text)
        from search_text s
        cross join lateral (select case s.field when 'title' then 'A' when 'alternativeName' then 'B'
                                                when 'description' then 'C' else 'D' end as weight) w
        where s.guideline_id = g.id), ''::tsvector)
    from guideline g where g.id = target and g.status = 'CURRENT';
    insert into search_word (word)
    select distinct left(w, 200) from search_text s, regexp_split_to_table(search_fold(search_plain(s.field, s.text)), ' ') w
    where s.guideline_id = target and w <> ''
      and exists (select 1 from guideline g where g.id = target and g.status = 'CURRENT')
    on conflict do nothing;
end
$$;

-- A guideline's document is rebuilt once, when its transaction commits, not after every statement: the API writes a
-- version part by part (a statement per row), and rebuilding after each would grow with the square of its size
-- (seconds for a large version, while holding the content_revision row's lock). The statement triggers below only
-- note which guidelines were touched; the deferred trigger on that note rebuilds each of them once, at commit.
create table guideline_search_pending (
    guideline_id bigint not null primary key
);

create function guideline_search_flush() returns trigger
    language plpgsql
as $$
begin
    perform guideline_search_refresh(new.guideline_id);
    delete from guideline_search_pending where guideline_id = new.guideline_id;
    return null;
end
$$;

create constraint trigger guideline_search_pending_flush after insert on guideline_search_pending
    deferrable initially deferred for each row execute function guideline_search_flush();

-- Statement-level triggers over the rows a statement touched (transition tables): the guidelines they belong to are
-- noted once per transaction, however many rows and statements touched them.
create function guideline_search_touched() returns trigger
    language plpgsql
as $$
begin
    if TG_TABLE_NAME = 'guideline' then
        insert into guideline_search_pending (guideline_id) select distinct id from touched on conflict do nothing;
    elsif TG_TABLE_NAME = 'recommendation_effect' then
        insert into guideline_search_pending (guideline_id)
        select distinct r.guideline_id from touched x join recommendation r on r.id = x.recommendation_id
        on conflict do nothing;
    elsif TG_TABLE_NAME = 'nutrient' then
        -- Only the live versions that recommend it: superseded ones have no document to rebuild.
        insert into guideline_search_pending (guideline_id)
        select distinct r.guideline_id from touched x join recommendation r on r.nutrient_id = x.id
        join guideline g on g.id = r.guideline_id and g.status = 'CURRENT'
        on conflict do nothing;
    else
        insert into guideline_search_pending (guideline_id) select distinct guideline_id from touched on conflict do nothing;
    end if;
    return null;
end
$$;

create trigger guideline_search_insert after insert on guideline referencing new table as touched for each statement execute function guideline_search_touched();
create trigger guideline_search_update after update on guideline referencing new table as touched for each statement execute function guideline_search_touched();
create trigger alternative_name_search_insert after insert on guideline_alternative_name referencing new table as touched for each statement execute function guideline_search_touched();
create trigger alternative_name_search_update after update on guideline_alternative_name referencing new table as touched for each statement execute function guideline_search_touched();
create trigger alternative_name_search_delete after delete on guideline_alternative_name referencing old table as touched for each statement execute function guideline_search_touched();
create trigger recommendation_search_insert after insert on recommendation referencing new table as touched for each statement execute function guideline_search_touched();
create trigger recommendation_search_update after update on recommendation referencing new table as touched for each statement execute function guideline_search_touched();
create trigger recommendation_search_delete after delete on recommendation referencing old table as touched for each statement execute function guideline_search_touched();
create trigger effect_search_insert after insert on recommendation_effect referencing new table as touched for each statement execute function guideline_search_touched();
create trigger effect_search_update after update on recommendation_effect referencing new table as touched for each statement execute function guideline_search_touched();
create trigger effect_search_delete after delete on recommendation_effect referencing old table as touched for each statement execute function guideline_search_touched();
create trigger translation_search_insert after insert on guideline_translation referencing new table as touched for each statement execute function guideline_search_touched();
create trigger translation_search_update after update on guideline_translation referencing new table as touched for each statement execute function guideline_search_touched();
create trigger translation_search_delete after delete on guideline_translation referencing old table as touched for each statement execute function guideline_search_touched();
create trigger nutrient_search_update after update on nutrient referencing new table as touched for each statement execute function guideline_search_touched();

select guideline_search_refresh(id) from guideline where status = 'CURRENT';
