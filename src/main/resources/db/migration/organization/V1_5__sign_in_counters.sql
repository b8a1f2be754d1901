-- Issue 9 §5–7: sign-in counts each attempt atomically before the password is checked; what happened to the
-- account since its last sign-in is kept for its owner to see after the next success.
alter table staff_member add column failures_since_sign_in int not null default 0;
alter table staff_member add column failures_before_sign_in int not null default 0;
alter table staff_member add column last_locked_at timestamp with time zone;
alter table staff_member add column signed_in_at timestamp with time zone;
alter table staff_member add column previous_sign_in_at timestamp with time zone;
