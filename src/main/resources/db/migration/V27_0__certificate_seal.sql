-- The Bureau's seal image for certificates (issue 12): optional, at most one, uploaded by an administrator as a PNG
-- or JPEG and stored re-encoded as PNG, with who uploaded it and when. Replacing or removing it is audited.
CREATE TABLE certificate_seal (
    id          INT          NOT NULL PRIMARY KEY,
    png         BYTEA        NOT NULL,
    width_px    INT          NOT NULL,
    height_px   INT          NOT NULL,
    sha256      VARCHAR(64)  NOT NULL,
    uploaded_by BIGINT       NOT NULL,
    uploaded_at TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT certificate_seal_one_ck CHECK (id = 1)
);
