-- The calendar's events and their moved or cancelled occurrences are held in memory on
-- each app node for the views and feeds. This counter, bumped by triggers on every change
-- to those tables, tells a node that its copy is old: no write path can forget it.
CREATE TABLE calendar_state (
    id BIGINT PRIMARY KEY CHECK (id = 1),
    generation BIGINT NOT NULL
);
INSERT INTO calendar_state (id, generation) VALUES (1, 0);

CREATE FUNCTION calendar_bump() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    UPDATE calendar_state SET generation = generation + 1 WHERE id = 1;
    RETURN NULL;
END
$$;

CREATE TRIGGER events_calendar AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON events
    FOR EACH STATEMENT EXECUTE FUNCTION calendar_bump();
CREATE TRIGGER event_exceptions_calendar AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON event_exceptions
    FOR EACH STATEMENT EXECUTE FUNCTION calendar_bump();
