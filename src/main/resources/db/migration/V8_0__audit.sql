-- Append-only audit log; each entry's hash covers the previous entry's hash (SM3 chain).
CREATE TABLE audit_entry (
    id          BIGINT       NOT NULL PRIMARY KEY,
    recorded_at TIMESTAMP WITH TIME ZONE NOT NULL,
    actor       VARCHAR(100) NOT NULL,
    action      VARCHAR(60)  NOT NULL,
    object_type VARCHAR(60)  NOT NULL,
    object_id   VARCHAR(100) NOT NULL,
    outcome     VARCHAR(20)  NOT NULL,
    detail      VARCHAR(1000) NOT NULL,
    prev_hash   CHAR(64)     NOT NULL,
    hash        CHAR(64)     NOT NULL
);
CREATE INDEX audit_entry_object_idx ON audit_entry (object_type, object_id);
CREATE INDEX audit_entry_actor_idx ON audit_entry (actor);

-- The head of the chain; writers lock this row so the chain stays linear across nodes.
CREATE TABLE audit_head (
    singleton INT      NOT NULL PRIMARY KEY,
    last_id   BIGINT   NOT NULL,
    last_hash CHAR(64) NOT NULL,
    CONSTRAINT audit_head_singleton_ck CHECK (singleton = 1)
);
INSERT INTO audit_head (singleton, last_id, last_hash)
VALUES (1, 0, '0000000000000000000000000000000000000000000000000000000000000000');
