-- A venue's use of a booked service redeems the booking's hold (issue 16 item 4) instead of counting a second use:
-- the use names the hold it redeemed (NULL for an ordinary use). The hold's row lock and its HELD -> USED move make one
-- live use per hold; after an undo the hold is HELD again and a later use may name it again, so no unique key here.
ALTER TABLE service_redemption ADD COLUMN hold_id BIGINT;
ALTER TABLE service_redemption ADD COLUMN hold_key VARCHAR(80);
ALTER TABLE service_redemption ADD CONSTRAINT service_redemption_hold_fk FOREIGN KEY (hold_id) REFERENCES service_hold (id);
CREATE INDEX service_redemption_hold_idx ON service_redemption (hold_id);
