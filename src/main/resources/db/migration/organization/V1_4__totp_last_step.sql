-- The TOTP time step last accepted per account: a code is accepted once (RFC 6238 §5.2).
alter table staff_member add column totp_last_step bigint;
