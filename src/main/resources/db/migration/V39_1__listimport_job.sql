-- The background import of a list (issue 17 item 5): one node claims a RUNNING list with a lease (claimed_by,
-- lease_until; taken by a conditional UPDATE, renewed with every chunk) and writes its rows in chunks; checkpoint_row
-- (the last data row done) moves in the same transaction as the chunk's rows, so a node killed mid-way loses nothing
-- and the next node, once the lease has run out, resumes after the checkpoint.
ALTER TABLE import_list ADD COLUMN checkpoint_row BIGINT NOT NULL DEFAULT 0;
ALTER TABLE import_list ADD COLUMN claimed_by VARCHAR(100);
ALTER TABLE import_list ADD COLUMN lease_until TIMESTAMP WITH TIME ZONE;
CREATE INDEX import_list_status_lease_idx ON import_list (status, lease_until);
