-- How each person wants each kind of notice by e-mail (the defaults live in the code:
-- a row exists only for a choice someone made), which notices went out by e-mail, and
-- the secret links that end a digest in one click (RFC 8058).
CREATE TABLE notification_settings (
    account_id INTEGER NOT NULL REFERENCES accounts (id),
    kind TEXT NOT NULL,
    delivery TEXT NOT NULL CHECK (delivery IN ('immediately', 'daily', 'weekly', 'off')),
    PRIMARY KEY (account_id, kind)
);

ALTER TABLE notifications ADD COLUMN emailed_at TEXT;
CREATE INDEX notifications_unmailed ON notifications (account_id) WHERE emailed_at IS NULL;

CREATE TABLE unsubscribe_tokens (
    token_hash TEXT PRIMARY KEY,
    account_id INTEGER NOT NULL REFERENCES accounts (id),
    delivery TEXT NOT NULL CHECK (delivery IN ('daily', 'weekly')),
    created_at TEXT NOT NULL
);
CREATE INDEX unsubscribe_tokens_account ON unsubscribe_tokens (account_id);
