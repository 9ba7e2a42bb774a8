-- SEC-3 (issue 10): wrong second-factor codes count per account, like wrong passwords, with a lock of their own;
-- and the first successful login is kept, since a unit may reset a talent's password only until then.
ALTER TABLE account ADD COLUMN totp_failed_attempts INT NOT NULL DEFAULT 0;
ALTER TABLE account ADD COLUMN totp_locked_until TIMESTAMP WITH TIME ZONE;
ALTER TABLE account ADD COLUMN first_login_at TIMESTAMP WITH TIME ZONE;

-- Accounts that signed in before this version: their first successful login as the audit log recorded it.
UPDATE account SET first_login_at = (
    SELECT MIN(e.recorded_at) FROM audit_entry e
    WHERE e.action = 'LOGIN' AND e.outcome = 'SUCCESS' AND e.object_type = 'account' AND e.object_id = account.username);
