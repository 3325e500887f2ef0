-- The generation counters (store::known::Kind) as rows of one table, one row per kind:
-- a signed-in request reads them all with its session in one scan, where it read eight
-- one-row tables. One row per kind, so writers of different kinds still never wait for
-- each other.
--   0 directory, 1 library, 2 catalog, 3 calendar, 4 content, 5 projects,
--   6 activities, 7 cted
CREATE TABLE generations (
    kind SMALLINT PRIMARY KEY,
    generation BIGINT NOT NULL
);
INSERT INTO generations (kind, generation)
SELECT 0, generation FROM directory_state WHERE id = 1
UNION ALL SELECT 1, generation FROM library_state WHERE id = 1
UNION ALL SELECT 2, generation FROM catalog_state WHERE id = 1
UNION ALL SELECT 3, generation FROM calendar_state WHERE id = 1
UNION ALL SELECT 4, generation FROM content_state WHERE id = 1
UNION ALL SELECT 5, generation FROM project_state WHERE id = 1
UNION ALL SELECT 6, generation FROM activity_state WHERE id = 1
UNION ALL SELECT 7, generation FROM cted_state WHERE id = 1;

-- The functions the triggers call, on the new table.
CREATE OR REPLACE FUNCTION catalog_bump() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    UPDATE generations SET generation = generation + 1 WHERE kind = 2;
    RETURN NULL;
END
$$;
CREATE OR REPLACE FUNCTION calendar_bump() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    UPDATE generations SET generation = generation + 1 WHERE kind = 3;
    RETURN NULL;
END
$$;
CREATE OR REPLACE FUNCTION content_bump() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    UPDATE generations SET generation = generation + 1 WHERE kind = 4;
    RETURN NULL;
END
$$;
CREATE OR REPLACE FUNCTION project_bump() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    UPDATE generations SET generation = generation + 1 WHERE kind = 5;
    RETURN NULL;
END
$$;
CREATE OR REPLACE FUNCTION cted_bump() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    UPDATE generations SET generation = generation + 1 WHERE kind = 7;
    RETURN NULL;
END
$$;

DROP TABLE directory_state;
DROP TABLE library_state;
DROP TABLE catalog_state;
DROP TABLE calendar_state;
DROP TABLE content_state;
DROP TABLE project_state;
DROP TABLE activity_state;
DROP TABLE cted_state;
