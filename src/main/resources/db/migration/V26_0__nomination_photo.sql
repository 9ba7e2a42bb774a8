-- The nominee's ID photo (照片) is a file of the case like its evidence and stamped form, of the new kind PHOTO, and a
-- case has one at the most: photo_of repeats nomination_id on the PHOTO row and is NULL on every other row, so a plain
-- UNIQUE constraint on it allows one photo per case and any number of other files on H2 and PostgreSQL alike (NULLs
-- are distinct on both; H2 has no partial index). EvidenceStore replaces the photo in one transaction: the old row
-- goes, then the new one is inserted.
ALTER TABLE nomination_file DROP CONSTRAINT nomination_file_kind_ck;
ALTER TABLE nomination_file ADD CONSTRAINT nomination_file_kind_ck CHECK (kind IN ('EVIDENCE', 'STAMPED_FORM', 'PHOTO'));

ALTER TABLE nomination_file ADD COLUMN photo_of BIGINT;
ALTER TABLE nomination_file ADD CONSTRAINT nomination_file_photo_uk UNIQUE (photo_of);
ALTER TABLE nomination_file ADD CONSTRAINT nomination_file_photo_ck
    CHECK ((kind = 'PHOTO' AND photo_of IS NOT NULL AND photo_of = nomination_id) OR (kind <> 'PHOTO' AND photo_of IS NULL));
