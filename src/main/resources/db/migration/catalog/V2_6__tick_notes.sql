-- Issue 9 §30: a tick in the audience or mode columns may carry a note in brackets (√（仅限本人）); it is kept.
alter table catalog_item add column audience_note varchar(200);
alter table catalog_item add column mode_note varchar(200);
