-- Discussions in a space: threads of posts (the first is the opening message), written in
-- Markdown and kept with their sanitized HTML; who read how far, who follows or muted a
-- thread, and who a post mentions.
CREATE TABLE threads (
    id INTEGER PRIMARY KEY,
    space_id INTEGER NOT NULL REFERENCES spaces (id),
    title TEXT NOT NULL,
    author_id INTEGER NOT NULL REFERENCES accounts (id),
    created_at TEXT NOT NULL,
    last_post_at TEXT NOT NULL,
    last_post_id INTEGER NOT NULL DEFAULT 0,
    replies INTEGER NOT NULL DEFAULT 0,
    deleted_at TEXT,
    deleted_by INTEGER REFERENCES accounts (id)
);
CREATE INDEX threads_space ON threads (space_id, last_post_at);

CREATE TABLE posts (
    id INTEGER PRIMARY KEY,
    thread_id INTEGER NOT NULL REFERENCES threads (id),
    author_id INTEGER NOT NULL REFERENCES accounts (id),
    body TEXT NOT NULL,
    html TEXT NOT NULL,
    created_at TEXT NOT NULL,
    edited_at TEXT,
    deleted_at TEXT,
    deleted_by INTEGER REFERENCES accounts (id)
);
CREATE INDEX posts_thread ON posts (thread_id, id);

CREATE TABLE thread_reads (
    account_id INTEGER NOT NULL REFERENCES accounts (id),
    thread_id INTEGER NOT NULL REFERENCES threads (id),
    last_post_id INTEGER NOT NULL,
    PRIMARY KEY (account_id, thread_id)
);

CREATE TABLE thread_follows (
    account_id INTEGER NOT NULL REFERENCES accounts (id),
    thread_id INTEGER NOT NULL REFERENCES threads (id),
    mode TEXT NOT NULL CHECK (mode IN ('follow', 'mute')),
    PRIMARY KEY (account_id, thread_id)
);
CREATE INDEX thread_follows_thread ON thread_follows (thread_id, mode);

CREATE TABLE post_mentions (
    post_id INTEGER NOT NULL REFERENCES posts (id),
    account_id INTEGER NOT NULL REFERENCES accounts (id),
    PRIMARY KEY (post_id, account_id)
);

ALTER TABLE notifications ADD COLUMN thread_id INTEGER REFERENCES threads (id);
