-- Discussions and work-plan items are held in memory on each app node for global search.
-- This counter, bumped by triggers on every change to those tables, tells a node that its
-- copy is old: no write path can forget it.
CREATE TABLE content_state (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    generation INTEGER NOT NULL
);
INSERT INTO content_state (id, generation) VALUES (1, 0);

CREATE TRIGGER threads_content_insert AFTER INSERT ON threads BEGIN UPDATE content_state SET generation = generation + 1 WHERE id = 1; END;
CREATE TRIGGER threads_content_update AFTER UPDATE ON threads BEGIN UPDATE content_state SET generation = generation + 1 WHERE id = 1; END;
CREATE TRIGGER threads_content_delete AFTER DELETE ON threads BEGIN UPDATE content_state SET generation = generation + 1 WHERE id = 1; END;
CREATE TRIGGER posts_content_insert AFTER INSERT ON posts BEGIN UPDATE content_state SET generation = generation + 1 WHERE id = 1; END;
CREATE TRIGGER posts_content_update AFTER UPDATE ON posts BEGIN UPDATE content_state SET generation = generation + 1 WHERE id = 1; END;
CREATE TRIGGER posts_content_delete AFTER DELETE ON posts BEGIN UPDATE content_state SET generation = generation + 1 WHERE id = 1; END;
CREATE TRIGGER plan_items_content_insert AFTER INSERT ON plan_items BEGIN UPDATE content_state SET generation = generation + 1 WHERE id = 1; END;
CREATE TRIGGER plan_items_content_update AFTER UPDATE ON plan_items BEGIN UPDATE content_state SET generation = generation + 1 WHERE id = 1; END;
CREATE TRIGGER plan_items_content_delete AFTER DELETE ON plan_items BEGIN UPDATE content_state SET generation = generation + 1 WHERE id = 1; END;
