-- Indexes for the list pages at real volumes (bench/README.md, "List pages at volume"; plans before and after there).
-- The review and approval queues: their states, oldest submission first. One state (a state filter, or a count of
-- it) reads this index in order, or counts from it alone; nomination_state_idx stays for the other lists.
CREATE INDEX nomination_state_submitted_idx ON nomination (state, submitted_at, id);
-- A queue of two states, in submission order: walked in order, the states filtered, stopped after the page.
CREATE INDEX nomination_submitted_idx ON nomination (submitted_at, id);
-- The audit log, newest first (its default order), and filtered by action in the same order; the action filter's
-- choices read the action index instead of the table.
CREATE INDEX audit_entry_recorded_idx ON audit_entry (recorded_at, id);
CREATE INDEX audit_entry_action_idx ON audit_entry (action, recorded_at, id);
