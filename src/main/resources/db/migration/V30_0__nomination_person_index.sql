-- A person's cases: the queues' search by name finds the few people first and then their cases through this index,
-- instead of joining every case of the searched states to the people (bench/README.md, "queue filtered"). The
-- person's page and the one-open-case check read a person's cases too.
CREATE INDEX nomination_person_idx ON nomination (person_id);
