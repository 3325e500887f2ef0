-- Foundation schema: reference data, accounts, invitations, sessions, throttling, audit, spaces.
-- Timestamps are written by the application (RFC 3339 UTC text on SQLite), never by SQL defaults.

CREATE TABLE organizations (
    id INTEGER PRIMARY KEY,
    kind TEXT NOT NULL CHECK (kind IN ('member_state', 'compact_entity')),
    code TEXT NOT NULL,
    code_folded TEXT NOT NULL UNIQUE,
    name_en TEXT NOT NULL,
    name_zh TEXT NOT NULL,
    iso2 TEXT,
    m49 TEXT,
    region TEXT,
    subregion TEXT,
    regional_group TEXT,
    compact_status TEXT CHECK (compact_status IN ('member', 'observer'))
);

CREATE TABLE pillars (
    number INTEGER PRIMARY KEY,
    name_en TEXT NOT NULL,
    name_zh TEXT NOT NULL
);

CREATE TABLE themes (
    id INTEGER PRIMARY KEY,
    slug TEXT NOT NULL UNIQUE,
    name_en TEXT NOT NULL,
    name_zh TEXT NOT NULL
);

CREATE TABLE accounts (
    id INTEGER PRIMARY KEY,
    email TEXT NOT NULL UNIQUE,
    display_name TEXT NOT NULL,
    organization_id INTEGER NOT NULL REFERENCES organizations (id),
    role TEXT NOT NULL CHECK (role IN ('admin', 'focal_point')),
    status TEXT NOT NULL CHECK (status IN ('invited', 'active', 'deactivated')),
    password_hash TEXT,
    title TEXT NOT NULL DEFAULT '',
    ui_locale TEXT,
    time_zone TEXT NOT NULL DEFAULT 'UTC',
    session_epoch INTEGER NOT NULL DEFAULT 0,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE INDEX accounts_org ON accounts (organization_id);

CREATE TABLE invitations (
    id INTEGER PRIMARY KEY,
    token_hash TEXT NOT NULL UNIQUE,
    -- NULL for the first-administrator setup link (no account exists yet).
    account_id INTEGER REFERENCES accounts (id),
    created_by INTEGER REFERENCES accounts (id),
    created_at TEXT NOT NULL,
    expires_at TEXT NOT NULL,
    used_at TEXT,
    revoked_at TEXT
);
CREATE INDEX invitations_account ON invitations (account_id);

CREATE TABLE sessions (
    id_hash TEXT PRIMARY KEY,
    account_id INTEGER REFERENCES accounts (id),
    epoch INTEGER NOT NULL DEFAULT 0,
    csrf_token TEXT NOT NULL,
    locale TEXT,
    created_at TEXT NOT NULL,
    last_seen_at TEXT NOT NULL
);
CREATE INDEX sessions_account ON sessions (account_id);
CREATE INDEX sessions_last_seen ON sessions (last_seen_at);

CREATE TABLE sign_in_throttle (
    key TEXT PRIMARY KEY,
    failures INTEGER NOT NULL,
    window_started_at TEXT NOT NULL,
    locked_until TEXT
);

CREATE TABLE audit_log (
    id INTEGER PRIMARY KEY,
    occurred_at TEXT NOT NULL,
    event TEXT NOT NULL,
    actor_id INTEGER REFERENCES accounts (id),
    subject_id INTEGER REFERENCES accounts (id),
    ip TEXT,
    detail TEXT NOT NULL DEFAULT ''
);
CREATE INDEX audit_log_time ON audit_log (occurred_at);
CREATE INDEX audit_log_event ON audit_log (event, occurred_at);
CREATE INDEX audit_log_actor ON audit_log (actor_id);
CREATE INDEX audit_log_subject ON audit_log (subject_id);

CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END;
CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END;

CREATE TABLE spaces (
    id INTEGER PRIMARY KEY,
    slug TEXT NOT NULL UNIQUE,
    kind TEXT NOT NULL CHECK (kind IN ('working_group', 'committee', 'other')),
    wg_number INTEGER UNIQUE,
    pillar INTEGER REFERENCES pillars (number),
    name_en TEXT NOT NULL,
    name_zh TEXT NOT NULL DEFAULT '',
    purpose TEXT NOT NULL DEFAULT '',
    is_open INTEGER NOT NULL DEFAULT 1 CHECK (is_open IN (0, 1)),
    created_at TEXT NOT NULL
);

CREATE TABLE space_entities (
    space_id INTEGER NOT NULL REFERENCES spaces (id),
    organization_id INTEGER NOT NULL REFERENCES organizations (id),
    role TEXT NOT NULL CHECK (role IN ('chair', 'vice_chair', 'co_chair')),
    PRIMARY KEY (space_id, organization_id)
);

CREATE TABLE space_members (
    space_id INTEGER NOT NULL REFERENCES spaces (id),
    account_id INTEGER NOT NULL REFERENCES accounts (id),
    role TEXT NOT NULL CHECK (role IN ('chair', 'vice_chair', 'member')),
    added_at TEXT NOT NULL,
    added_by INTEGER REFERENCES accounts (id),
    PRIMARY KEY (space_id, account_id)
);
CREATE INDEX space_members_account ON space_members (account_id);
