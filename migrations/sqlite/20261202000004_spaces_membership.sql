-- Spaces run by their chairs: co-chairs among the members, join requests decided by the
-- leads, who created a space, and the in-app notifications that tell people about it.
-- (SQLite changes a CHECK by rebuilding the table.)
CREATE TABLE space_members_new (
    space_id INTEGER NOT NULL REFERENCES spaces (id),
    account_id INTEGER NOT NULL REFERENCES accounts (id),
    role TEXT NOT NULL CHECK (role IN ('chair', 'vice_chair', 'co_chair', 'member')),
    added_at TEXT NOT NULL,
    added_by INTEGER REFERENCES accounts (id),
    PRIMARY KEY (space_id, account_id)
);
INSERT INTO space_members_new (space_id, account_id, role, added_at, added_by)
    SELECT space_id, account_id, role, added_at, added_by FROM space_members;
DROP TABLE space_members;
ALTER TABLE space_members_new RENAME TO space_members;
CREATE INDEX space_members_account ON space_members (account_id);

ALTER TABLE spaces ADD COLUMN created_by INTEGER REFERENCES accounts (id);

CREATE TABLE space_requests (
    id INTEGER PRIMARY KEY,
    space_id INTEGER NOT NULL REFERENCES spaces (id),
    account_id INTEGER NOT NULL REFERENCES accounts (id),
    message TEXT NOT NULL DEFAULT '',
    status TEXT NOT NULL CHECK (status IN ('pending', 'approved', 'declined', 'withdrawn')),
    created_at TEXT NOT NULL,
    decided_by INTEGER REFERENCES accounts (id),
    decided_at TEXT,
    note TEXT NOT NULL DEFAULT ''
);
-- One open request per person and space.
CREATE UNIQUE INDEX space_requests_pending ON space_requests (space_id, account_id)
    WHERE status = 'pending';

-- What happened that a person should know: shown in the header's count and on
-- /notifications, in the reader's language (the words are made when shown).
CREATE TABLE notifications (
    id INTEGER PRIMARY KEY,
    account_id INTEGER NOT NULL REFERENCES accounts (id),
    kind TEXT NOT NULL,
    actor_id INTEGER REFERENCES accounts (id),
    space_id INTEGER REFERENCES spaces (id),
    -- A short text of the event (a request's message), shown as it was written.
    excerpt TEXT NOT NULL DEFAULT '',
    link TEXT NOT NULL,
    created_at TEXT NOT NULL,
    read_at TEXT
);
CREATE INDEX notifications_account ON notifications (account_id, id);
CREATE INDEX notifications_unread ON notifications (account_id) WHERE read_at IS NULL;

-- What a space's leads put at the top of its home (library resources today; discussions
-- and events as they come).
CREATE TABLE space_pins (
    space_id INTEGER NOT NULL REFERENCES spaces (id),
    kind TEXT NOT NULL CHECK (kind IN ('resource')),
    item_id INTEGER NOT NULL,
    pinned_by INTEGER REFERENCES accounts (id),
    pinned_at TEXT NOT NULL,
    PRIMARY KEY (space_id, kind, item_id)
);
