-- The public notice lists each person's sex and occupation beside name, unit and criterion (copied at publication;
-- notices published before this version have none).
ALTER TABLE notice_case ADD COLUMN sex VARCHAR(6);
ALTER TABLE notice_case ADD COLUMN occupation VARCHAR(50);
CREATE INDEX notice_batch_days_idx ON notice_batch (first_day, last_day);
CREATE INDEX notice_objection_received_idx ON notice_objection (received_at);

-- The services a venue (an account with the PROVIDER role) offers, set by system administrators: a venue records
-- uses of these services only.
CREATE TABLE venue_service (
    account_id BIGINT      NOT NULL REFERENCES account (id),
    code       VARCHAR(40) NOT NULL,
    PRIMARY KEY (account_id, code)
);

-- A use taken back by the venue within ten minutes: a reversing record beside the use, never a delete. One per use
-- (the primary key), so the quota comes back once however often the undo is sent.
CREATE TABLE service_redemption_reversal (
    redemption_id BIGINT       NOT NULL PRIMARY KEY REFERENCES service_redemption (id),
    reversed_by   BIGINT       NOT NULL,
    reversed_at   TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX service_redemption_venue_idx ON service_redemption (provider_account, recorded_at);
