-- The site self-inspection visits the portal as a visitor does (issue 16 §4): how many pages it opened and links it
-- checked, how fast the pages answered, and why a part was not checked. running_lock is 1 while a run is under way and
-- null after (a unique index, so that two runs can never start at once; nulls do not collide in H2 or PostgreSQL).
alter table site_inspection add column pages_visited bigint not null default 0;
alter table site_inspection add column links_checked bigint not null default 0;
alter table site_inspection add column p95_ms bigint;
alter table site_inspection add column slowest_ms bigint;
alter table site_inspection add column crawl_note varchar(500);
alter table site_inspection add column running_lock int;
create unique index site_inspection_running_idx on site_inspection (running_lock);
