-- Issue 9 §14: the chain is keyed (HMAC-SM3 with a key kept outside the database). Entries written before are
-- plain SM3; the start-up verifies them and, when intact, recomputes the chain under the key once.
alter table audit_chain_head add column scheme varchar(16) default 'SM3' not null;
