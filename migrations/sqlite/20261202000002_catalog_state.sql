-- Reference data (organizations, pillars, themes, spaces and the entities that lead
-- them) is held in memory on each app node. This counter, bumped by triggers on every
-- change to those tables, tells a node that its copy is old: no write path can forget it.
CREATE TABLE catalog_state (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    generation INTEGER NOT NULL
);
INSERT INTO catalog_state (id, generation) VALUES (1, 0);

CREATE TRIGGER organizations_catalog_insert AFTER INSERT ON organizations BEGIN UPDATE catalog_state SET generation = generation + 1 WHERE id = 1; END;
CREATE TRIGGER organizations_catalog_update AFTER UPDATE ON organizations BEGIN UPDATE catalog_state SET generation = generation + 1 WHERE id = 1; END;
CREATE TRIGGER organizations_catalog_delete AFTER DELETE ON organizations BEGIN UPDATE catalog_state SET generation = generation + 1 WHERE id = 1; END;
CREATE TRIGGER pillars_catalog_insert AFTER INSERT ON pillars BEGIN UPDATE catalog_state SET generation = generation + 1 WHERE id = 1; END;
CREATE TRIGGER pillars_catalog_update AFTER UPDATE ON pillars BEGIN UPDATE catalog_state SET generation = generation + 1 WHERE id = 1; END;
CREATE TRIGGER pillars_catalog_delete AFTER DELETE ON pillars BEGIN UPDATE catalog_state SET generation = generation + 1 WHERE id = 1; END;
CREATE TRIGGER themes_catalog_insert AFTER INSERT ON themes BEGIN UPDATE catalog_state SET generation = generation + 1 WHERE id = 1; END;
CREATE TRIGGER themes_catalog_update AFTER UPDATE ON themes BEGIN UPDATE catalog_state SET generation = generation + 1 WHERE id = 1; END;
CREATE TRIGGER themes_catalog_delete AFTER DELETE ON themes BEGIN UPDATE catalog_state SET generation = generation + 1 WHERE id = 1; END;
CREATE TRIGGER spaces_catalog_insert AFTER INSERT ON spaces BEGIN UPDATE catalog_state SET generation = generation + 1 WHERE id = 1; END;
CREATE TRIGGER spaces_catalog_update AFTER UPDATE ON spaces BEGIN UPDATE catalog_state SET generation = generation + 1 WHERE id = 1; END;
CREATE TRIGGER spaces_catalog_delete AFTER DELETE ON spaces BEGIN UPDATE catalog_state SET generation = generation + 1 WHERE id = 1; END;
CREATE TRIGGER space_entities_catalog_insert AFTER INSERT ON space_entities BEGIN UPDATE catalog_state SET generation = generation + 1 WHERE id = 1; END;
CREATE TRIGGER space_entities_catalog_update AFTER UPDATE ON space_entities BEGIN UPDATE catalog_state SET generation = generation + 1 WHERE id = 1; END;
CREATE TRIGGER space_entities_catalog_delete AFTER DELETE ON space_entities BEGIN UPDATE catalog_state SET generation = generation + 1 WHERE id = 1; END;
