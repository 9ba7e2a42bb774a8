-- Registry matching (issue 17): people are looked up by name within a unit (the unit found by credit code or a
-- similar name); person_unit_idx alone would read every person of a large unit for each row.
CREATE INDEX person_unit_name_idx ON person (unit_id, name);
