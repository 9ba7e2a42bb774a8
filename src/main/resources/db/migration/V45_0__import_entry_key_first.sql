-- An import looks its chunk's natural keys up by their blind index (ListImportStore.writeChunk, key_index = ANY of
-- the chunk's): with the blind index first, each key is one probe of the unique index, whatever the planner believes
-- about how many entries a source has (source first let PostgreSQL scan a whole source's entries when its statistics
-- were older than a long import: bench/README.md, issue 17). Same uniqueness.
ALTER TABLE import_entry DROP CONSTRAINT import_entry_key_uk;
ALTER TABLE import_entry ADD CONSTRAINT import_entry_key_uk UNIQUE (key_index, source);
