-- Issue 9 §19: the unit's guide text passes the scan and is signed off before it goes public, like information.
alter table information_settings add column guide_draft text;
alter table information_settings add column guide_draft_by varchar(64);
alter table information_settings add column guide_draft_at timestamp with time zone;
alter table information_settings add column guide_comment varchar(2000);
