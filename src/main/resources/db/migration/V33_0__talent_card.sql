-- The talent card (SPEC TC-1, TC-2; shared/api/talent-card-v1.md).

-- SM2 key pairs that sign card tokens. The private key is stored only encrypted under the data key (SM4-GCM,
-- platform FieldCipher), or not at all when production reads it from a configured PKCS#8 file. active_slot is 1 for
-- the one key that signs and NULL for retired keys: the unique key lets only one of two nodes creating the first key,
-- or rotating at once, succeed. A retired key stays published until published_until (its last token's expiry).
CREATE TABLE card_signing_key (
    kid                VARCHAR(16)  NOT NULL PRIMARY KEY,
    public_key         VARCHAR(130) NOT NULL,
    private_key_sealed VARCHAR(400),
    status             VARCHAR(8)   NOT NULL,
    active_slot        INT,
    created_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    retired_at         TIMESTAMP WITH TIME ZONE,
    published_until    TIMESTAMP WITH TIME ZONE,
    CONSTRAINT card_signing_key_active_uk UNIQUE (active_slot),
    CONSTRAINT card_signing_key_status_ck CHECK (status IN ('ACTIVE', 'RETIRED')),
    CONSTRAINT card_signing_key_slot_ck CHECK ((status = 'ACTIVE' AND active_slot = 1)
        OR (status = 'RETIRED' AND active_slot IS NULL))
);

-- A certification revoked or ended early by an administrator, with the reason: its certificate number is on the
-- revocation list from `since`. One per certification (the primary key).
CREATE TABLE certification_revocation (
    certification_id BIGINT       NOT NULL PRIMARY KEY REFERENCES certification (id),
    kind             VARCHAR(12)  NOT NULL,
    reason           VARCHAR(500) NOT NULL,
    since            TIMESTAMP WITH TIME ZONE NOT NULL,
    decided_by       BIGINT       NOT NULL,
    CONSTRAINT certification_revocation_kind_ck CHECK (kind IN ('REVOKED', 'ENDED_EARLY'))
);
CREATE INDEX certification_revocation_since_idx ON certification_revocation (since);

-- An API token may belong to a venue's account (issued per venue by administrators): a call with it acts as that
-- account. Tokens of other Bureau systems name no account.
ALTER TABLE api_token ADD COLUMN account_id BIGINT REFERENCES account (id);

-- A use recorded from a card scan keeps the digest (SHA-256, hex) of the token scanned, so the same scan id sent
-- with another token is refused and a second scan of a used token says when and where it was used; and the count of
-- the support year right after it, so a repeated scan id gets the same answer. Uses recorded by ID number have none.
ALTER TABLE service_redemption ADD COLUMN token_digest CHAR(64);
ALTER TABLE service_redemption ADD COLUMN used_in_year INT;
CREATE INDEX service_redemption_token_idx ON service_redemption (token_digest);
