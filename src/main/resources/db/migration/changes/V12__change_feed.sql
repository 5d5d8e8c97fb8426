-- The change feed (GET /api/v1/changes): what was published, in commit order. position is gapless and commit-ordered:
-- ChangeFeed takes the next one from the single row of change_feed_counter, whose row lock the writing transaction
-- holds until it commits, so no later position can become visible before an earlier one (a sequence or identity
-- value is drawn outside that order, and a reader following the cursor would skip what commits late).
-- change_event is served content: its content-revision triggers are in V20 (db/vendor), so the cached feed changes
-- with the very next event. The counter is bookkeeping (it moves only with an insert into change_event).
create table change_event (
    position       bigint        not null primary key,
    occurred_at    timestamp with time zone not null,
    type           varchar(40)   not null,
    guideline_slug varchar(100),
    version        integer,
    language       varchar(10),
    nutrient_slug  varchar(100),
    constraint ck_change_event_position_positive check (position >= 1)
);

create table change_feed_counter (
    id            integer not null primary key,
    last_position bigint  not null,
    constraint ck_change_feed_counter_single_row check (id = 1)
);

-- The feed starts with what was published before it existed, so a service that reads it from after=0 learns of
-- everything: each published guideline version (the seed's leaky-gut version 1), then each nutrient (they carry no
-- date of their own: occurred_at is when the feed was created).
insert into change_event (position, occurred_at, type, guideline_slug, version)
select row_number() over (order by published_at, id), published_at, 'GUIDELINE_PUBLISHED', slug, version from guideline;

insert into change_event (position, occurred_at, type, nutrient_slug)
select (select count(*) from guideline) + row_number() over (order by id), current_timestamp, 'NUTRIENT_ADDED', slug from nutrient;

insert into change_feed_counter (id, last_position) values (1, (select count(*) from change_event));
