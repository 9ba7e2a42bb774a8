-- Candidates from honour/allowance lists and studio lists (issue 17 item 7): the honour code of the policy version's
-- list (criteria.honors) or the studio level (NATIONAL, BEIJING, CHAOYANG) the list's title stands for, beside the
-- competition code that competition lists fill.
ALTER TABLE invitation_candidate ADD COLUMN honour VARCHAR(40);
ALTER TABLE invitation_candidate ADD COLUMN studio_level VARCHAR(10);
