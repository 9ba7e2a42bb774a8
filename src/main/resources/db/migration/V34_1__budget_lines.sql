-- Budget lines (ledger module, ADR 0007): each line has its own three accounts; allocations name their line.
INSERT INTO ledger_account (code, normal_side) VALUES ('STUDIO_BUDGET', 'DEBIT');
INSERT INTO ledger_account (code, normal_side) VALUES ('STUDIO_PAYABLE', 'DEBIT');
INSERT INTO ledger_account (code, normal_side) VALUES ('STUDIO_PAID', 'DEBIT');
ALTER TABLE budget_allocation ADD COLUMN budget_line VARCHAR(30) DEFAULT 'REWARD' NOT NULL;
