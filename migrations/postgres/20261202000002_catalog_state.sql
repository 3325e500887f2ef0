-- Reference data (organizations, pillars, themes, spaces and the entities that lead
-- them) is held in memory on each app node. This counter, bumped by triggers on every
-- change to those tables, tells a node that its copy is old: no write path can forget it.
CREATE TABLE catalog_state (
    id BIGINT PRIMARY KEY CHECK (id = 1),
    generation BIGINT NOT NULL
);
INSERT INTO catalog_state (id, generation) VALUES (1, 0);

CREATE FUNCTION catalog_bump() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    UPDATE catalog_state SET generation = generation + 1 WHERE id = 1;
    RETURN NULL;
END
$$;

CREATE TRIGGER organizations_catalog AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON organizations
    FOR EACH STATEMENT EXECUTE FUNCTION catalog_bump();
CREATE TRIGGER pillars_catalog AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON pillars
    FOR EACH STATEMENT EXECUTE FUNCTION catalog_bump();
CREATE TRIGGER themes_catalog AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON themes
    FOR EACH STATEMENT EXECUTE FUNCTION catalog_bump();
CREATE TRIGGER spaces_catalog AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON spaces
    FOR EACH STATEMENT EXECUTE FUNCTION catalog_bump();
CREATE TRIGGER space_entities_catalog AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON space_entities
    FOR EACH STATEMENT EXECUTE FUNCTION catalog_bump();
