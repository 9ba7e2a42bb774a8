-- The staff pages of imported lists (issue 17 items 1-5): the number of data rows a list holds, counted once in the
-- background after upload (reading only), for the progress bar's share done and time left; the run's unexpected
-- failures at the same checkpoint (after three the list is FAILED with a reason instead of being retried forever);
-- and when staff downloaded a list's rejected rows (until then the list is on their to-do).
ALTER TABLE import_list ADD COLUMN rows_expected BIGINT;
ALTER TABLE import_list ADD COLUMN run_failures INTEGER NOT NULL DEFAULT 0;
ALTER TABLE import_list ADD COLUMN run_failed_at_row BIGINT;
ALTER TABLE import_list ADD COLUMN rejected_reviewed_at TIMESTAMP WITH TIME ZONE;
CREATE INDEX import_list_uploaded_idx ON import_list (uploaded_at);
