-- The joint calendar. An event is one occurrence or a series (an RFC 5545 RRULE); its
-- start is kept as the wall-clock time in its IANA zone (local_start, "YYYY-MM-DDTHH:MM")
-- with, for window queries, the first occurrence's start and the last one's end in UTC
-- (ends_at NULL: the series never ends). All-day events keep dates, the same everywhere.
CREATE TABLE events (
    id INTEGER PRIMARY KEY,
    uid TEXT NOT NULL UNIQUE,
    title TEXT NOT NULL,
    description TEXT NOT NULL DEFAULT '',
    time_zone TEXT NOT NULL,
    all_day INTEGER NOT NULL DEFAULT 0 CHECK (all_day IN (0, 1)),
    local_start TEXT NOT NULL,
    duration_minutes INTEGER NOT NULL CHECK (duration_minutes > 0),
    rrule TEXT,
    starts_at TEXT NOT NULL,
    ends_at TEXT,
    location TEXT NOT NULL DEFAULT '',
    online_url TEXT NOT NULL DEFAULT '',
    organizer_org_id INTEGER NOT NULL REFERENCES organizations (id),
    space_id INTEGER REFERENCES spaces (id),
    members_only INTEGER NOT NULL DEFAULT 0 CHECK (members_only IN (0, 1)),
    capacity INTEGER CHECK (capacity IS NULL OR capacity > 0),
    status TEXT NOT NULL CHECK (status IN ('confirmed', 'cancelled')),
    sequence INTEGER NOT NULL DEFAULT 0,
    created_by INTEGER REFERENCES accounts (id),
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    deleted_at TEXT
);
CREATE INDEX events_window ON events (starts_at, ends_at);
CREATE INDEX events_space ON events (space_id);

CREATE TABLE event_pillars (
    event_id INTEGER NOT NULL REFERENCES events (id),
    pillar INTEGER NOT NULL REFERENCES pillars (number),
    PRIMARY KEY (event_id, pillar)
);

CREATE TABLE event_themes (
    event_id INTEGER NOT NULL REFERENCES events (id),
    theme_id INTEGER NOT NULL REFERENCES themes (id),
    PRIMARY KEY (event_id, theme_id)
);

CREATE TABLE event_resources (
    event_id INTEGER NOT NULL REFERENCES events (id),
    resource_id INTEGER NOT NULL REFERENCES resources (id),
    PRIMARY KEY (event_id, resource_id)
);

-- One occurrence of a series moved or cancelled, named by its original wall-clock start.
CREATE TABLE event_exceptions (
    event_id INTEGER NOT NULL REFERENCES events (id),
    original_local TEXT NOT NULL,
    cancelled INTEGER NOT NULL DEFAULT 0 CHECK (cancelled IN (0, 1)),
    local_start TEXT,
    duration_minutes INTEGER,
    sequence INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (event_id, original_local)
);

-- Answers, per event (a series is answered as a whole). 'waiting': on the waiting list.
CREATE TABLE event_rsvps (
    event_id INTEGER NOT NULL REFERENCES events (id),
    account_id INTEGER NOT NULL REFERENCES accounts (id),
    answer TEXT NOT NULL CHECK (answer IN ('attending', 'maybe', 'declined', 'waiting')),
    answered_at TEXT NOT NULL,
    PRIMARY KEY (event_id, account_id)
);
CREATE INDEX event_rsvps_account ON event_rsvps (account_id, answer);

-- Each person's private subscription feed: the hash of its secret, an optional space.
CREATE TABLE calendar_feeds (
    account_id INTEGER PRIMARY KEY REFERENCES accounts (id),
    token_hash TEXT NOT NULL UNIQUE,
    space_id INTEGER REFERENCES spaces (id),
    created_at TEXT NOT NULL
);
