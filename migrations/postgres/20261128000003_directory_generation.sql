-- A counter bumped in the same transaction as every change to what the directory
-- shows. Each app node keeps an in-memory facet index of the directory and rebuilds it
-- when this number moves, so that every node answers from current data.
CREATE TABLE directory_state (
    id BIGINT PRIMARY KEY CHECK (id = 1),
    generation BIGINT NOT NULL
);
INSERT INTO directory_state (id, generation) VALUES (1, 0);
