-- Contact directory: profile fields, languages, expertise, photos, and the search documents.

ALTER TABLE accounts ADD COLUMN phone_office TEXT NOT NULL DEFAULT '';
ALTER TABLE accounts ADD COLUMN phone_mobile TEXT NOT NULL DEFAULT '';
ALTER TABLE accounts ADD COLUMN office TEXT NOT NULL DEFAULT '';
ALTER TABLE accounts ADD COLUMN bio TEXT NOT NULL DEFAULT '';
-- Who sees phone numbers: every focal point, or only co-members of one's spaces (and admins).
ALTER TABLE accounts ADD COLUMN phone_visibility TEXT NOT NULL DEFAULT 'co_members'
    CHECK (phone_visibility IN ('all', 'co_members'));

CREATE TABLE account_languages (
    account_id INTEGER NOT NULL REFERENCES accounts (id),
    lang TEXT NOT NULL,
    PRIMARY KEY (account_id, lang)
);
CREATE INDEX account_languages_lang ON account_languages (lang, account_id);

CREATE TABLE account_themes (
    account_id INTEGER NOT NULL REFERENCES accounts (id),
    theme_id INTEGER NOT NULL REFERENCES themes (id),
    PRIMARY KEY (account_id, theme_id)
);
CREATE INDEX account_themes_theme ON account_themes (theme_id, account_id);

CREATE TABLE account_pillars (
    account_id INTEGER NOT NULL REFERENCES accounts (id),
    pillar INTEGER NOT NULL REFERENCES pillars (number),
    PRIMARY KEY (account_id, pillar)
);

CREATE TABLE account_photos (
    account_id INTEGER PRIMARY KEY REFERENCES accounts (id),
    jpeg BLOB NOT NULL,
    updated_at TEXT NOT NULL
);

-- One row per *active* person: the folded search text and the single-valued filter
-- columns, so that a search touches one narrow table. Maintained by the application in
-- the same transaction as every change that affects it.
CREATE TABLE directory_docs (
    account_id INTEGER PRIMARY KEY REFERENCES accounts (id),
    doc TEXT NOT NULL,
    name_key TEXT NOT NULL,
    org_id INTEGER NOT NULL REFERENCES organizations (id),
    org_type TEXT NOT NULL,
    region TEXT NOT NULL DEFAULT '',
    subregion TEXT NOT NULL DEFAULT '',
    regional_group TEXT NOT NULL DEFAULT ''
);
CREATE INDEX directory_docs_name ON directory_docs (name_key);
CREATE INDEX directory_docs_org ON directory_docs (org_id);
CREATE INDEX directory_docs_region ON directory_docs (region, subregion);
CREATE INDEX directory_docs_group ON directory_docs (regional_group);
CREATE INDEX directory_docs_type ON directory_docs (org_type);

-- Trigram full-text index over the folded text (finds substrings in every script).
CREATE VIRTUAL TABLE directory_fts USING fts5 (
    doc,
    content = 'directory_docs',
    content_rowid = 'account_id',
    tokenize = 'trigram remove_diacritics 1'
);
CREATE TRIGGER directory_docs_ai AFTER INSERT ON directory_docs BEGIN
    INSERT INTO directory_fts (rowid, doc) VALUES (new.account_id, new.doc);
END;
CREATE TRIGGER directory_docs_ad AFTER DELETE ON directory_docs BEGIN
    INSERT INTO directory_fts (directory_fts, rowid, doc) VALUES ('delete', old.account_id, old.doc);
END;
CREATE TRIGGER directory_docs_au AFTER UPDATE ON directory_docs BEGIN
    INSERT INTO directory_fts (directory_fts, rowid, doc) VALUES ('delete', old.account_id, old.doc);
    INSERT INTO directory_fts (rowid, doc) VALUES (new.account_id, new.doc);
END;
