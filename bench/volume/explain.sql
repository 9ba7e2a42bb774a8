-- The list pages' queries as the application sends them (CaseListStore, AuditStore, UnitStore.search), with the
-- parameters bound to literals: bench/explain.sh runs each under EXPLAIN ANALYZE (PostgreSQL) or EXPLAIN ANALYZE (H2).
-- @ queue page 1: /review (SUBMITTED and UNDER_REVIEW, oldest submission first)
SELECT n.id, n.person_id, p.name AS person_name, n.unit_id, u.name AS unit_name, n.state, n.created_at, n.submitted_at
FROM nomination n JOIN person p ON p.id = n.person_id JOIN unit u ON u.id = n.unit_id
WHERE n.state IN ('SUBMITTED', 'UNDER_REVIEW') AND n.submitted_at IS NOT NULL
ORDER BY n.submitted_at ASC, n.id ASC LIMIT 20 OFFSET 0;
-- @ queue count as it was, with the page's joins: /review
SELECT COUNT(*) FROM nomination n JOIN person p ON p.id = n.person_id JOIN unit u ON u.id = n.unit_id
WHERE n.state IN ('SUBMITTED', 'UNDER_REVIEW') AND n.submitted_at IS NOT NULL;
-- @ queue count now, without the joins: /review
SELECT COUNT(*) FROM nomination n WHERE n.state IN ('SUBMITTED', 'UNDER_REVIEW') AND n.submitted_at IS NOT NULL;
-- @ queue deep page: /review?page=1000
SELECT n.id, n.person_id, p.name AS person_name, n.unit_id, u.name AS unit_name, n.state, n.created_at, n.submitted_at
FROM nomination n JOIN person p ON p.id = n.person_id JOIN unit u ON u.id = n.unit_id
WHERE n.state IN ('SUBMITTED', 'UNDER_REVIEW') AND n.submitted_at IS NOT NULL
ORDER BY n.submitted_at ASC, n.id ASC LIMIT 20 OFFSET 19980;
-- @ queue deep page by the pager (keyset), 1 of 2, the named row's sort key: /review?page=1000&after=999-1079906
SELECT n.submitted_at FROM nomination n JOIN person p ON p.id = n.person_id JOIN unit u ON u.id = n.unit_id
WHERE n.id = 1079906;
-- @ queue deep page by the pager (keyset), 2 of 2, the rows after it: /review?page=1000&after=999-1079906
SELECT n.id, n.person_id, p.name AS person_name, n.unit_id, u.name AS unit_name, n.state, n.created_at, n.submitted_at,
  n.id AS list_row_id
FROM nomination n JOIN person p ON p.id = n.person_id JOIN unit u ON u.id = n.unit_id
WHERE n.state IN ('SUBMITTED', 'UNDER_REVIEW') AND n.submitted_at IS NOT NULL
  AND (n.submitted_at, n.id) > (TIMESTAMP WITH TIME ZONE '2025-10-06 10:50:00+00', 1079906)
ORDER BY n.submitted_at ASC, n.id ASC LIMIT 20 OFFSET 0;
-- @ queue deep page typed, now read from the end (5,000 rows after it): /review?page=1000
SELECT n.id, n.person_id, p.name AS person_name, n.unit_id, u.name AS unit_name, n.state, n.created_at, n.submitted_at,
  n.id AS list_row_id
FROM nomination n JOIN person p ON p.id = n.person_id JOIN unit u ON u.id = n.unit_id
WHERE n.state IN ('SUBMITTED', 'UNDER_REVIEW') AND n.submitted_at IS NOT NULL
ORDER BY n.submitted_at DESC, n.id DESC LIMIT 20 OFFSET 5000;
-- @ queue filtered page: /review?state=SUBMITTED&q=刘伟
SELECT n.id, n.person_id, p.name AS person_name, n.unit_id, u.name AS unit_name, n.state, n.created_at, n.submitted_at
FROM nomination n JOIN person p ON p.id = n.person_id JOIN unit u ON u.id = n.unit_id
WHERE n.state IN ('SUBMITTED') AND n.submitted_at IS NOT NULL
  AND (LOWER(p.name) LIKE '%刘伟%' ESCAPE '\' OR p.name_initials LIKE '% 刘伟%' ESCAPE '\')
ORDER BY n.submitted_at ASC, n.id ASC LIMIT 20 OFFSET 0;
-- @ queue filtered count (now without the unit join): /review?state=SUBMITTED&q=刘伟
SELECT COUNT(*) FROM nomination n JOIN person p ON p.id = n.person_id
WHERE n.state IN ('SUBMITTED') AND n.submitted_at IS NOT NULL
  AND (LOWER(p.name) LIKE '%刘伟%' ESCAPE '\' OR p.name_initials LIKE '% 刘伟%' ESCAPE '\');
-- @ queue's unit filter choices: UnitStore.search("", limit)
SELECT id, name FROM unit WHERE LOWER(name) LIKE '%%' ESCAPE '\' OR LOWER(credit_code) LIKE '%%' ESCAPE '\'
ORDER BY name, id LIMIT 200;
-- @ audit page 1: /admin/audit (newest first)
SELECT id, recorded_at, actor, action, object_type, object_id, outcome, detail FROM audit_entry
ORDER BY recorded_at DESC, id DESC LIMIT 20 OFFSET 0;
-- @ audit count: /admin/audit
SELECT COUNT(*) FROM audit_entry;
-- @ audit deep page: /admin/audit?page=40000
SELECT id, recorded_at, actor, action, object_type, object_id, outcome, detail FROM audit_entry
ORDER BY recorded_at DESC, id DESC LIMIT 20 OFFSET 799980;
-- @ audit deep page by the pager (keyset; the sort is the tie-break's neighbour, its key read first as above): /admin/audit?page=40000&after=39999-10200283
SELECT id, recorded_at, actor, action, object_type, object_id, outcome, detail, id AS list_row_id FROM audit_entry
WHERE (recorded_at, id) < (TIMESTAMP WITH TIME ZONE '2025-03-11 13:01:30+00', 10200283)
ORDER BY recorded_at DESC, id DESC LIMIT 20 OFFSET 0;
-- @ audit last page (read from the end): /admin/audit?page=50001
SELECT id, recorded_at, actor, action, object_type, object_id, outcome, detail, id AS list_row_id FROM audit_entry
ORDER BY recorded_at ASC, id ASC LIMIT 20 OFFSET 0;
-- @ audit action filter's choices as they were: /admin/audit
SELECT DISTINCT action FROM audit_entry ORDER BY action;
-- @ audit action filter's choices now (one index look-up per action): /admin/audit
WITH RECURSIVE a (action) AS (
    SELECT MIN(action) FROM audit_entry
    UNION ALL
    SELECT (SELECT MIN(e.action) FROM audit_entry e WHERE e.action > a.action) FROM a WHERE a.action IS NOT NULL)
SELECT action FROM a WHERE action IS NOT NULL ORDER BY action;
-- @ audit filtered by action: /admin/audit?action=LOGIN
SELECT id, recorded_at, actor, action, object_type, object_id, outcome, detail FROM audit_entry
WHERE action = 'LOGIN' ORDER BY recorded_at DESC, id DESC LIMIT 20 OFFSET 0;
-- @ audit filtered count: /admin/audit?action=LOGIN
SELECT COUNT(*) FROM audit_entry WHERE action = 'LOGIN';
