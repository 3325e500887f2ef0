-- The word index holds tokens made by the application (gctcp_domain::text::index_tokens):
-- each word of an alphabetic script once, and every Chinese, Japanese or Korean
-- character and pair of adjacent characters, so that one- and two-character words of
-- those scripts ("反恐", "会议") are found inside files too. Words are no longer indexed
-- with their positions: terms with punctuation (A/RES/60/288) are substrings, answered by
-- the trigram index.
DROP TRIGGER library_docs_words_ai;
DROP TRIGGER library_docs_words_ad;
DROP TRIGGER library_docs_words_au;
DROP TABLE library_words;
ALTER TABLE library_docs ADD COLUMN tokens TEXT NOT NULL DEFAULT '';
-- Whether the search text of the resource was cut by a budget (see library.rs).
ALTER TABLE library_docs ADD COLUMN truncated BOOLEAN NOT NULL DEFAULT FALSE;
-- Whether a version's extracted text was cut at the per-file budget.
ALTER TABLE file_versions ADD COLUMN text_truncated BOOLEAN NOT NULL DEFAULT FALSE;
CREATE VIRTUAL TABLE library_words USING fts5 (
    tokens,
    content = 'library_docs',
    content_rowid = 'resource_id',
    tokenize = 'unicode61 remove_diacritics 0'
);
CREATE TRIGGER library_docs_words_ai AFTER INSERT ON library_docs BEGIN
    INSERT INTO library_words (rowid, tokens) VALUES (new.resource_id, new.tokens);
END;
CREATE TRIGGER library_docs_words_ad AFTER DELETE ON library_docs BEGIN
    INSERT INTO library_words (library_words, rowid, tokens) VALUES ('delete', old.resource_id, old.tokens);
END;
CREATE TRIGGER library_docs_words_au AFTER UPDATE ON library_docs BEGIN
    INSERT INTO library_words (library_words, rowid, tokens) VALUES ('delete', old.resource_id, old.tokens);
    INSERT INTO library_words (rowid, tokens) VALUES (new.resource_id, new.tokens);
END;
-- Every search text is written anew at the next start (store::library::rebuild_missing_docs).
DELETE FROM library_docs;
UPDATE library_state SET generation = generation + 1 WHERE id = 1;
INSERT INTO library_changes (generation, resource_id) SELECT generation, NULL FROM library_state WHERE id = 1;
