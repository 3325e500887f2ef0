-- Work any node may do, each piece once: e-mail delivery, digests, housekeeping. A node
-- claims a due job (one atomic UPDATE … RETURNING: SQLite has one writer at a time), holds it
-- for a lease, and marks it done, queued again for later (with its error), or failed.
CREATE TABLE jobs (
    id INTEGER PRIMARY KEY,
    kind TEXT NOT NULL,
    payload TEXT NOT NULL DEFAULT '',
    -- At most one job per key, ever (a person's digest for one day).
    dedupe_key TEXT UNIQUE,
    status TEXT NOT NULL CHECK (status IN ('queued', 'running', 'done', 'failed')),
    run_at TEXT NOT NULL,
    attempts INTEGER NOT NULL DEFAULT 0,
    max_attempts INTEGER NOT NULL,
    locked_by TEXT,
    locked_until TEXT,
    last_error TEXT,
    created_at TEXT NOT NULL,
    finished_at TEXT
);
CREATE INDEX jobs_due ON jobs (status, run_at);

-- Every e-mail the platform writes, written in the same transaction as what it tells.
-- 'kept': no SMTP server is configured (administrators read it on the outbox page);
-- 'queued' → 'sending' → 'sent' or 'failed' otherwise.
CREATE TABLE outbox (
    id INTEGER PRIMARY KEY,
    account_id INTEGER REFERENCES accounts (id),
    to_address TEXT NOT NULL,
    to_name TEXT NOT NULL DEFAULT '',
    kind TEXT NOT NULL,
    lang TEXT NOT NULL,
    subject TEXT NOT NULL,
    body_text TEXT NOT NULL,
    body_html TEXT NOT NULL,
    list_unsubscribe TEXT,
    message_id TEXT NOT NULL UNIQUE,
    status TEXT NOT NULL CHECK (status IN ('kept', 'queued', 'sending', 'sent', 'failed')),
    attempts INTEGER NOT NULL DEFAULT 0,
    last_error TEXT,
    created_at TEXT NOT NULL,
    sent_at TEXT
);
CREATE INDEX outbox_created ON outbox (created_at);
CREATE INDEX outbox_account ON outbox (account_id);
