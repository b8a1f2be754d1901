-- Issue 9 §15: a file of a published revision that holds personal information is withdrawn from the public by the
-- reviewed redaction, in every revision that carries it (the same bytes); the public page names it as withdrawn.
alter table information_attachment add column withheld_at timestamp with time zone;
create table information_redaction_attachment (
    redaction_id   bigint  not null references information_redaction (id),
    attachment_id  bigint  not null references information_attachment (id),
    primary key (redaction_id, attachment_id)
);
-- Words the scanner cannot know (a name, an address) that the proposal names for masking, one per line.
alter table information_redaction add column phrases varchar(2200);
-- Optimistic lock of a redaction's decision (the lifecycle idiom, docs/adr/0005): every change is guarded by the
-- state it expects and this version.
alter table information_redaction add column version int default 0 not null;
