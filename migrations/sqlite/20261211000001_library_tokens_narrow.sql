-- The word index's tokens get a table of their own, as on PostgreSQL (where a narrow
-- table halves what a broad prefix reads; see that migration). The FTS5 word index now
-- takes its content from it, and is built again once from the same tokens.
DROP TRIGGER library_docs_words_ai;
DROP TRIGGER library_docs_words_ad;
DROP TRIGGER library_docs_words_au;
DROP TABLE library_words;
CREATE TABLE library_tokens (
    resource_id INTEGER PRIMARY KEY REFERENCES library_docs (resource_id) ON DELETE CASCADE,
    tokens TEXT NOT NULL
);
INSERT INTO library_tokens (resource_id, tokens) SELECT resource_id, tokens FROM library_docs;
ALTER TABLE library_docs DROP COLUMN tokens;
CREATE VIRTUAL TABLE library_words USING fts5 (
    tokens,
    content = 'library_tokens',
    content_rowid = 'resource_id',
    tokenize = 'unicode61 remove_diacritics 0'
);
INSERT INTO library_words (library_words) VALUES ('rebuild');
CREATE TRIGGER library_tokens_ai AFTER INSERT ON library_tokens BEGIN
    INSERT INTO library_words (rowid, tokens) VALUES (new.resource_id, new.tokens);
END;
CREATE TRIGGER library_tokens_ad AFTER DELETE ON library_tokens BEGIN
    INSERT INTO library_words (library_words, rowid, tokens) VALUES ('delete', old.resource_id, old.tokens);
END;
CREATE TRIGGER library_tokens_au AFTER UPDATE ON library_tokens BEGIN
    INSERT INTO library_words (library_words, rowid, tokens) VALUES ('delete', old.resource_id, old.tokens);
    INSERT INTO library_words (rowid, tokens) VALUES (new.resource_id, new.tokens);
END;
