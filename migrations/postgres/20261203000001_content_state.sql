-- Discussions and work-plan items are held in memory on each app node for global search.
-- This counter, bumped by triggers on every change to those tables, tells a node that its
-- copy is old: no write path can forget it.
CREATE TABLE content_state (
    id BIGINT PRIMARY KEY CHECK (id = 1),
    generation BIGINT NOT NULL
);
INSERT INTO content_state (id, generation) VALUES (1, 0);

CREATE FUNCTION content_bump() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    UPDATE content_state SET generation = generation + 1 WHERE id = 1;
    RETURN NULL;
END
$$;

CREATE TRIGGER threads_content AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON threads
    FOR EACH STATEMENT EXECUTE FUNCTION content_bump();
CREATE TRIGGER posts_content AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON posts
    FOR EACH STATEMENT EXECUTE FUNCTION content_bump();
CREATE TRIGGER plan_items_content AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON plan_items
    FOR EACH STATEMENT EXECUTE FUNCTION content_bump();
