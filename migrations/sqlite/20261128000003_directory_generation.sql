-- A counter bumped in the same transaction as every change to what the directory
-- shows. Each app node keeps an in-memory facet index of the directory and rebuilds it
-- when this number moves, so that every node answers from current data.
CREATE TABLE directory_state (
    id BIGINT PRIMARY KEY CHECK (id = 1),
    generation BIGINT NOT NULL
);
INSERT INTO directory_state (id, generation) VALUES (1, 0);

-- The multi-valued filter values, denormalized (comma-separated) so that a node builds
-- its index from this one table.
ALTER TABLE directory_docs ADD COLUMN langs TEXT NOT NULL DEFAULT '';
ALTER TABLE directory_docs ADD COLUMN themes TEXT NOT NULL DEFAULT '';
ALTER TABLE directory_docs ADD COLUMN spaces TEXT NOT NULL DEFAULT '';
