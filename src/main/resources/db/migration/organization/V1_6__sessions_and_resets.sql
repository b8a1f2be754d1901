-- Issue 9 §8, §12: a password reset or change ends the account's sessions signed in before it; a reset is shown
-- to the account's owner with who made it.
alter table staff_member add column sessions_valid_after timestamp with time zone;
alter table staff_member add column password_reset_at timestamp with time zone;
alter table staff_member add column password_reset_by varchar(64);
