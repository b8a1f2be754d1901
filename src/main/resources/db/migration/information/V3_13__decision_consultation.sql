-- A decision put out for public comment (国务院令第713号 第十五条) names its consultation (issue 15 §5): the record
-- cannot be published before the consultation's 意见采纳情况 is, and the public pages link both ways.
alter table information_record add column consultation_id bigint;
create index information_record_consultation_idx on information_record (consultation_id);
