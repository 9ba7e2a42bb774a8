-- The training unit of a WorldSkills gold is a registered unit (it receives its own reward and enters its bank
-- details), no longer free text; a woman's retirement category is part of the form (POL-1).
ALTER TABLE nomination ADD COLUMN training_unit_id BIGINT REFERENCES unit (id);
ALTER TABLE nomination ADD COLUMN retirement_category VARCHAR(16);
ALTER TABLE nomination DROP COLUMN training_unit;

-- A reviewer's verification of each achievement against its evidence (WF-2); cleared when the unit changes the form.
ALTER TABLE nomination_achievement ADD COLUMN verification VARCHAR(16);
ALTER TABLE nomination_achievement ADD COLUMN verification_note VARCHAR(500);
ALTER TABLE nomination_achievement ADD COLUMN verified_by BIGINT;
ALTER TABLE nomination_achievement ADD COLUMN verified_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE nomination_achievement ADD CONSTRAINT nomination_achievement_verification_ck
    CHECK (verification IN ('CONFIRMED', 'NOT_CONFIRMED'));

-- The eligibility decision recorded when the reviewer passed the case (PV-2: it keeps its policy version).
ALTER TABLE nomination ADD COLUMN eligibility_decision_id BIGINT;
