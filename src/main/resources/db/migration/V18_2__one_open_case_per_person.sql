-- One open case per person: a case is open in every state before CERTIFIED, REJECTED and WITHDRAWN.
-- open_person_id repeats person_id while the case is open and is NULL once it is closed. A plain UNIQUE constraint
-- on it then allows one open case and any number of closed ones per person on H2 and PostgreSQL alike (NULLs are
-- distinct on both; H2 has no partial index). NominationStore sets it on insert and clears it on the transition
-- into a closed state; no transition leaves a closed state.
ALTER TABLE nomination ADD COLUMN open_person_id BIGINT;

-- A person may have been given several open cases before this rule. None of them is changed: the oldest holds the
-- mark, the others stay open unmarked, and the application opens no new case for the person while any is open.
UPDATE nomination SET open_person_id = person_id
WHERE state NOT IN ('CERTIFIED', 'REJECTED', 'WITHDRAWN')
  AND id = (SELECT MIN(o.id) FROM nomination o
            WHERE o.person_id = nomination.person_id AND o.state NOT IN ('CERTIFIED', 'REJECTED', 'WITHDRAWN'));

ALTER TABLE nomination ADD CONSTRAINT nomination_open_person_uk UNIQUE (open_person_id);
