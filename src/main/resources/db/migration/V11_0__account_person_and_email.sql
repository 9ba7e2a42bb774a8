-- A talent's account names the person of the registry it belongs to (one account per person);
-- any account may give an e-mail address for notifications (sent only when SMTP is configured).
ALTER TABLE account ADD COLUMN person_id BIGINT;
ALTER TABLE account ADD COLUMN email VARCHAR(200);
CREATE UNIQUE INDEX account_person_uk ON account (person_id);
