-- The calendar's events and their moved or cancelled occurrences are held in memory on
-- each app node for the views and feeds. This counter, bumped by triggers on every change
-- to those tables, tells a node that its copy is old: no write path can forget it.
CREATE TABLE calendar_state (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    generation INTEGER NOT NULL
);
INSERT INTO calendar_state (id, generation) VALUES (1, 0);

CREATE TRIGGER events_calendar_insert AFTER INSERT ON events BEGIN UPDATE calendar_state SET generation = generation + 1 WHERE id = 1; END;
CREATE TRIGGER events_calendar_update AFTER UPDATE ON events BEGIN UPDATE calendar_state SET generation = generation + 1 WHERE id = 1; END;
CREATE TRIGGER events_calendar_delete AFTER DELETE ON events BEGIN UPDATE calendar_state SET generation = generation + 1 WHERE id = 1; END;
CREATE TRIGGER event_exceptions_calendar_insert AFTER INSERT ON event_exceptions BEGIN UPDATE calendar_state SET generation = generation + 1 WHERE id = 1; END;
CREATE TRIGGER event_exceptions_calendar_update AFTER UPDATE ON event_exceptions BEGIN UPDATE calendar_state SET generation = generation + 1 WHERE id = 1; END;
CREATE TRIGGER event_exceptions_calendar_delete AFTER DELETE ON event_exceptions BEGIN UPDATE calendar_state SET generation = generation + 1 WHERE id = 1; END;
