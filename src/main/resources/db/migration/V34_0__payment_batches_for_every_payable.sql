-- Payment batches for every kind of payable (payment module, ADR 0007). A line names its payable by kind and id and
-- carries what the batch needs of it: payee, budget line, ledger party, the pay key, the treasury purpose. Lines of
-- reward cases written before this migration are filled from their cases. reward_case_id stays, filled for reward
-- lines only; open_payable / paid_payable take over from open_case_id / paid_case_id as the uniqueness rules.
ALTER TABLE payment_line ADD COLUMN payable_kind VARCHAR(30);
ALTER TABLE payment_line ADD COLUMN payable_id BIGINT;
ALTER TABLE payment_line ADD COLUMN payee_name VARCHAR(200);
ALTER TABLE payment_line ADD COLUMN budget_line VARCHAR(30);
ALTER TABLE payment_line ADD COLUMN party VARCHAR(60);
ALTER TABLE payment_line ADD COLUMN pay_key VARCHAR(120);
ALTER TABLE payment_line ADD COLUMN purpose VARCHAR(600);
-- set while the line is pending: a payable is in at most one open line
ALTER TABLE payment_line ADD COLUMN open_payable VARCHAR(60);
-- set once paid: a payable is paid by at most one line
ALTER TABLE payment_line ADD COLUMN paid_payable VARCHAR(60);

UPDATE payment_line SET payable_kind = 'REWARD', payable_id = reward_case_id, budget_line = 'REWARD',
    payee_name = (SELECT c.beneficiary_name FROM reward_case c WHERE c.id = payment_line.reward_case_id),
    party = (SELECT CASE c.beneficiary_kind WHEN 'PERSON' THEN 'PERSON:' ELSE 'UNIT:' END
                    || CAST(c.beneficiary_id AS VARCHAR(20)) FROM reward_case c WHERE c.id = payment_line.reward_case_id),
    pay_key = (SELECT 'PAY:' || c.medal_key || ':' || c.beneficiary_kind FROM reward_case c
               WHERE c.id = payment_line.reward_case_id),
    purpose = (SELECT '世界技能大赛金牌一次性奖励（' || CASE c.beneficiary_kind WHEN 'PERSON' THEN '选手本人' ELSE '培养单位' END
                      || '）：' || c.medal_description FROM reward_case c WHERE c.id = payment_line.reward_case_id),
    open_payable = CASE WHEN open_case_id IS NOT NULL THEN 'REWARD:' || CAST(open_case_id AS VARCHAR(20)) END,
    paid_payable = CASE WHEN paid_case_id IS NOT NULL THEN 'REWARD:' || CAST(paid_case_id AS VARCHAR(20)) END;

ALTER TABLE payment_line ALTER COLUMN payable_kind SET NOT NULL;
ALTER TABLE payment_line ALTER COLUMN payable_id SET NOT NULL;
ALTER TABLE payment_line ALTER COLUMN payee_name SET NOT NULL;
ALTER TABLE payment_line ALTER COLUMN budget_line SET NOT NULL;
ALTER TABLE payment_line ALTER COLUMN party SET NOT NULL;
ALTER TABLE payment_line ALTER COLUMN pay_key SET NOT NULL;
ALTER TABLE payment_line ALTER COLUMN purpose SET NOT NULL;
ALTER TABLE payment_line ALTER COLUMN reward_case_id DROP NOT NULL;
ALTER TABLE payment_line ADD CONSTRAINT payment_line_open_payable_uk UNIQUE (open_payable);
ALTER TABLE payment_line ADD CONSTRAINT payment_line_paid_payable_uk UNIQUE (paid_payable);
ALTER TABLE payment_line ADD CONSTRAINT payment_line_reward_ck CHECK (
    (payable_kind = 'REWARD' AND reward_case_id = payable_id) OR (payable_kind <> 'REWARD' AND reward_case_id IS NULL));
CREATE INDEX payment_line_payable_idx ON payment_line (payable_kind, payable_id);
CREATE INDEX payment_line_payee_idx ON payment_line (payee_name);
