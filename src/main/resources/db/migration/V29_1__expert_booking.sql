-- One booking per expert and day while they are asked or have accepted a place: the last line against two draws for
-- different needs of the same day asking one expert (the screening's NotEngagedThatDay rule is the first; a draw
-- committed before another need's co-signature can still hold the expert). A declined or expired place frees it.
CREATE TABLE expert_booking (
    expert_id     BIGINT NOT NULL REFERENCES expert (id),
    booked_on     DATE   NOT NULL,
    assignment_id BIGINT NOT NULL REFERENCES expert_assignment (id),
    CONSTRAINT expert_booking_pk PRIMARY KEY (expert_id, booked_on),
    CONSTRAINT expert_booking_assignment_uk UNIQUE (assignment_id)
);
