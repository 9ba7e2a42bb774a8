-- The policy staff's to-do counts the matches waiting for confirmation across every list on each visit to the work
-- page, and /matches?decision=PENDING pages them in entry order: both read this index instead of every list's results.
CREATE INDEX match_result_decision_idx ON match_result (decision, entry_id);
