-- TOTP second factor (SEC-3). Secrets are SM4-encrypted by the application's field cipher.
ALTER TABLE account ADD COLUMN totp_secret VARCHAR(200);
ALTER TABLE account ADD COLUMN totp_pending_secret VARCHAR(200);
ALTER TABLE account ADD COLUMN totp_last_step BIGINT NOT NULL DEFAULT 0;
