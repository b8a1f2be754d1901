-- Issue 9 §11: TOTP secrets are stored sealed with SM4-GCM ("sm4:" + Base64 of nonce, ciphertext and tag).
alter table staff_member alter column totp_secret set data type varchar(200);
