-- Issue 9 §26: a unit named as joint issuer (联合发文) confirms before the record shows under it. Joint issues made
-- before this version count as confirmed.
alter table information_issuer add column confirmed_at timestamp with time zone;
alter table information_issuer add column confirmed_by varchar(64);
update information_issuer set confirmed_at = current_timestamp, confirmed_by = '系统（升级前已有）';
