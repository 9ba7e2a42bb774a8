-- What matching an imported entry to the person registry came to (issue 17 item 6), one row per entry, written when
-- its list's import is done (and again when a later list re-imports the entry): the outcome, the person found or
-- proposed, how and how sure, the reasons in Chinese (one a line), the possible people of an uncertain match
-- (person ids, comma-separated), and the decision: AUTO (certain), PENDING (staff to confirm), CONFIRMED or REJECTED
-- by staff, NONE (nobody found).
CREATE TABLE match_result (
    entry_id        BIGINT        NOT NULL PRIMARY KEY REFERENCES import_entry (id),
    list_id         BIGINT        NOT NULL REFERENCES import_list (id),
    outcome         VARCHAR(24)   NOT NULL,
    person_id       BIGINT        REFERENCES person (id),
    method          VARCHAR(16)   NOT NULL,
    confidence      NUMERIC(4, 3) NOT NULL,
    reasons         VARCHAR(2000) NOT NULL,
    alternatives    VARCHAR(2000),
    decision        VARCHAR(10)   NOT NULL,
    decided_by      BIGINT,
    decided_at      TIMESTAMP WITH TIME ZONE,
    decision_reason VARCHAR(500),
    matched_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT match_result_outcome_ck CHECK (outcome IN ('MATCHED', 'UNCERTAIN', 'PROPOSE_REGISTRATION', 'NO_MATCH')),
    CONSTRAINT match_result_method_ck CHECK (method IN ('ID_NUMBER', 'NAME_AND_UNIT', 'NONE')),
    CONSTRAINT match_result_decision_ck CHECK (decision IN ('NONE', 'PENDING', 'AUTO', 'CONFIRMED', 'REJECTED')),
    CONSTRAINT match_result_settled_ck CHECK (decision NOT IN ('AUTO', 'CONFIRMED') OR person_id IS NOT NULL)
);
CREATE INDEX match_result_list_idx ON match_result (list_id, decision);
CREATE INDEX match_result_person_idx ON match_result (person_id);
