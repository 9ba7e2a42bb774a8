-- Benchmark volumes for the list pages (bench/fill.sh): 2,000 units, 20,000 people, 100,000 nominations in every
-- state with their transitions, 1,000,000 audit entries. Runs on H2 and PostgreSQL after Flyway and the demo
-- profile's seeding (it needs the demo accounts). fill.sh replaces SERIES(n) by the platform's row generator:
-- generate_series(1, n) AS g(x) on PostgreSQL, SYSTEM_RANGE(1, n) AS g(x) on H2.
-- Ids start at 1,000,001 (units, people, cases) and 10,000,001 (audit) so that they never meet the demo's rows.
-- Encrypted and blind-index columns hold placeholders of the right length, not real SM4/HMAC values: the list
-- pages read only names, units, states and dates. The audit entries' prev_hash/hash are placeholders too: the
-- chain verifier reports the generated part of the chain as broken, which is expected for a load test.

-- Credit codes 91110105 + 9 digits + the GB 32100 check character (the pages check it when they show a unit);
-- c is the weighted sum's remainder: 159 is the constant prefix's part.
INSERT INTO unit (id, name, kind, credit_code, district_code, address, contact_name, contact_phone, created_at, updated_at)
SELECT 1000000 + x,
       '朝阳区' || SUBSTRING('东西南北中' FROM CAST(MOD(x, 5) AS INT) + 1 FOR 1) || '技能单位' || CAST(x AS VARCHAR) || '号',
       CASE MOD(x, 4) WHEN 0 THEN 'SCHOOL' WHEN 1 THEN 'EMPLOYER' WHEN 2 THEN 'PUBLIC_INSTITUTION' ELSE 'ASSOCIATION' END,
       '91110105' || LPAD(CAST(x AS VARCHAR), 9, '0')
         || SUBSTRING('0123456789ABCDEFGHJKLMNPQRTUWXY' FROM CAST(MOD(31 - c, 31) AS INT) + 1 FOR 1),
       '110105',
       '北京市朝阳区测试路' || CAST(x AS VARCHAR) || '号',
       '联系人' || CAST(x AS VARCHAR),
       '010-6' || LPAD(CAST(x AS VARCHAR), 7, '0'),
       TIMESTAMP WITH TIME ZONE '2023-01-01 00:00:00+00', TIMESTAMP WITH TIME ZONE '2023-01-01 00:00:00+00'
FROM (SELECT x, MOD(159 + 20 * MOD(x / 100000000, 10) + 29 * MOD(x / 10000000, 10) + 25 * MOD(x / 1000000, 10)
                 + 13 * MOD(x / 100000, 10) + 8 * MOD(x / 10000, 10) + 24 * MOD(x / 1000, 10) + 10 * MOD(x / 100, 10)
                 + 30 * MOD(x / 10, 10) + 28 * MOD(x, 10), 31) AS c
      FROM SERIES(2000)) s;

-- Names of three characters from 20 surnames and 20 given-name characters (8,000 names, so names repeat as they do);
-- name_initials holds the pinyin initials as the application writes them (' wwf ').
INSERT INTO person (id, name, name_initials, id_number_enc, id_number_index, birth_date, sex, phone_enc, unit_id,
                    created_at, updated_at)
SELECT 1000000 + x,
       SUBSTRING('王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗' FROM CAST(MOD(x, 20) AS INT) + 1 FOR 1)
         || SUBSTRING('伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平' FROM CAST(MOD(x / 20, 20) AS INT) + 1 FOR 1)
         || SUBSTRING('伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平' FROM CAST(MOD(x / 400, 20) AS INT) + 1 FOR 1),
       ' ' || SUBSTRING('wlzlcyhzwzxsmzhghgll' FROM CAST(MOD(x, 20) AS INT) + 1 FOR 1)
         || SUBSTRING('wfnmjlqljyyyjjtmcxxp' FROM CAST(MOD(x / 20, 20) AS INT) + 1 FOR 1)
         || SUBSTRING('wfnmjlqljyyyjjtmcxxp' FROM CAST(MOD(x / 400, 20) AS INT) + 1 FOR 1) || ' ',
       'BENCH-SM4:' || LPAD(CAST(x AS VARCHAR), 54, '0'),
       'b' || LPAD(CAST(x AS VARCHAR), 63, '0'),
       CAST(TIMESTAMP '1970-01-01 00:00:00' + MOD(x, 10000) * INTERVAL '1' DAY AS DATE),
       CASE MOD(x, 2) WHEN 0 THEN 'FEMALE' ELSE 'MALE' END,
       'BENCH-SM4:' || LPAD(CAST(x AS VARCHAR), 22, '0'),
       1000001 + MOD(x, 2000),
       TIMESTAMP WITH TIME ZONE '2023-06-01 00:00:00+00', TIMESTAMP WITH TIME ZONE '2023-06-01 00:00:00+00'
FROM SERIES(20000);

-- Cases: 10 % DRAFT, 15 % SUBMITTED, 10 % UNDER_REVIEW, 5 % each RETURNED, REVIEWED, APPROVED_FOR_NOTICE,
-- IN_PUBLIC_NOTICE and WITHDRAWN, 25 % CERTIFIED, 15 % REJECTED; one every 5 minutes over a year, submitted a day
-- after. open_person_id stays NULL (each person has five cases, most of them open: the one-open-case mark cannot
-- hold; the application tolerates unmarked open cases, see V18_2).
INSERT INTO nomination (id, person_id, unit_id, state, ethnicity, political_status, education, occupation, skill_level,
                        accomplishments, unit_opinion, created_by, created_at, updated_at, submitted_at)
SELECT 1000000 + x, 1000001 + MOD(x, 20000), 1000001 + MOD(MOD(x, 20000), 2000),
       CASE MOD(x, 20) WHEN 0 THEN 'DRAFT' WHEN 1 THEN 'DRAFT'
            WHEN 2 THEN 'SUBMITTED' WHEN 3 THEN 'SUBMITTED' WHEN 4 THEN 'SUBMITTED'
            WHEN 5 THEN 'UNDER_REVIEW' WHEN 6 THEN 'UNDER_REVIEW' WHEN 7 THEN 'RETURNED' WHEN 8 THEN 'REVIEWED'
            WHEN 9 THEN 'APPROVED_FOR_NOTICE' WHEN 10 THEN 'IN_PUBLIC_NOTICE' WHEN 19 THEN 'WITHDRAWN'
            WHEN 16 THEN 'REJECTED' WHEN 17 THEN 'REJECTED' WHEN 18 THEN 'REJECTED' ELSE 'CERTIFIED' END,
       '汉族', '群众', '大专', '数控车工', 'LEVEL_2',
       '基准测试数据：第' || CAST(x AS VARCHAR) || '件申报的主要业绩。', '同意推荐。',
       (SELECT MIN(id) FROM account),
       TIMESTAMP WITH TIME ZONE '2025-01-01 00:00:00+00' + x * INTERVAL '5' MINUTE,
       TIMESTAMP WITH TIME ZONE '2025-01-01 00:00:00+00' + x * INTERVAL '5' MINUTE,
       CASE WHEN MOD(x, 20) < 2 THEN NULL
            ELSE TIMESTAMP WITH TIME ZONE '2025-01-02 00:00:00+00' + x * INTERVAL '5' MINUTE END
FROM SERIES(100000);

-- Every case past DRAFT was submitted by the unit; every case past SUBMITTED (but WITHDRAWN) was taken by one of the
-- demo's reviewers; every case past UNDER_REVIEW has one more transition into its state.
INSERT INTO nomination_transition (nomination_id, from_state, to_state, action, actor_account_id, actor_role, at)
SELECT id, 'DRAFT', 'SUBMITTED', 'SUBMIT', created_by, 'UNIT_OFFICER', submitted_at
FROM nomination WHERE id > 1000000 AND state <> 'DRAFT';

INSERT INTO nomination_transition (nomination_id, from_state, to_state, action, actor_account_id, actor_role, at)
SELECT n.id, 'SUBMITTED', 'UNDER_REVIEW', 'TAKE', r.id, 'REVIEWER', n.submitted_at + INTERVAL '1' HOUR
FROM nomination n JOIN account r ON r.username = CASE MOD(n.id, 2) WHEN 0 THEN 'reviewer' ELSE 'reviewer2' END
WHERE n.id > 1000000 AND n.state NOT IN ('DRAFT', 'SUBMITTED', 'WITHDRAWN');

INSERT INTO nomination_transition (nomination_id, from_state, to_state, action, actor_account_id, actor_role, at)
SELECT n.id, CASE WHEN n.state IN ('RETURNED', 'REVIEWED') THEN 'UNDER_REVIEW' ELSE 'REVIEWED' END, n.state,
       CASE n.state WHEN 'RETURNED' THEN 'RETURN' WHEN 'REVIEWED' THEN 'PASS' WHEN 'REJECTED' THEN 'REJECT'
            WHEN 'APPROVED_FOR_NOTICE' THEN 'APPROVE_FOR_NOTICE' WHEN 'IN_PUBLIC_NOTICE' THEN 'OPEN_NOTICE'
            ELSE 'CERTIFY' END,
       CASE WHEN n.state IN ('RETURNED', 'REVIEWED') THEN r.id ELSE a.id END,
       CASE WHEN n.state IN ('RETURNED', 'REVIEWED') THEN 'REVIEWER' ELSE 'APPROVER' END,
       n.submitted_at + INTERVAL '3' DAY
FROM nomination n JOIN account r ON r.username = CASE MOD(n.id, 2) WHEN 0 THEN 'reviewer' ELSE 'reviewer2' END
     JOIN account a ON a.username = 'approver'
WHERE n.id > 1000000 AND n.state NOT IN ('DRAFT', 'SUBMITTED', 'UNDER_REVIEW', 'WITHDRAWN');

-- One audit entry every 30 seconds over a year, 12 kinds of action, by 7 kinds of actor; 1 in 50 denied.
INSERT INTO audit_entry (id, recorded_at, actor, action, object_type, object_id, outcome, detail, prev_hash, hash)
SELECT 10000000 + x,
       TIMESTAMP WITH TIME ZONE '2025-01-01 00:00:00+00' + x * INTERVAL '30' SECOND,
       CASE MOD(x, 7) WHEN 0 THEN 'reviewer' WHEN 1 THEN 'reviewer2' WHEN 2 THEN 'approver' WHEN 3 THEN 'admin'
            WHEN 4 THEN 'finance' ELSE 'unit' || CAST(MOD(x, 2000) AS VARCHAR) END,
       CASE MOD(x, 12) WHEN 0 THEN 'LOGIN' WHEN 1 THEN 'NOMINATION_SAVED' WHEN 2 THEN 'NOMINATION_SUBMIT'
            WHEN 3 THEN 'NOMINATION_TAKE' WHEN 4 THEN 'NOMINATION_PASS' WHEN 5 THEN 'NOMINATION_FILE_READ'
            WHEN 6 THEN 'READ_ID_NUMBER' WHEN 7 THEN 'PERSON_CHANGED' WHEN 8 THEN 'NOMINATION_FILE_UPLOADED'
            WHEN 9 THEN 'TALENT_LOOKED_UP' WHEN 10 THEN 'LEDGER_POSTED' ELSE 'NOMINATION_CREATED' END,
       CASE WHEN MOD(x, 12) IN (6, 7, 9) THEN 'person' WHEN MOD(x, 12) IN (0) THEN 'account'
            WHEN MOD(x, 12) = 10 THEN 'ledger' ELSE 'nomination' END,
       CAST(1000001 + MOD(x, 100000) AS VARCHAR),
       CASE WHEN MOD(x, 50) = 0 THEN 'DENIED' ELSE 'SUCCESS' END,
       '基准测试数据 ' || CAST(x AS VARCHAR),
       LPAD(CAST(x - 1 AS VARCHAR), 64, '0'),
       LPAD(CAST(x AS VARCHAR), 64, '0')
FROM SERIES(1000000);

-- New entries continue after the generated ones (the application numbers them from the head).
UPDATE audit_head SET last_id = 11000000, last_hash = LPAD('1000000', 64, '0') WHERE singleton = 1;

ALTER TABLE unit ALTER COLUMN id RESTART WITH 2000001;
ALTER TABLE person ALTER COLUMN id RESTART WITH 2000001;
ALTER TABLE nomination ALTER COLUMN id RESTART WITH 2000001;
