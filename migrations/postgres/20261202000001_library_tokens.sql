-- The word index holds tokens made by the application (gctcp_domain::text::index_tokens):
-- each word of an alphabetic script once, and every Chinese, Japanese or Korean
-- character and pair of adjacent characters, so that one- and two-character words of
-- those scripts ("反恐", "会议") are found inside files too. Each token once keeps the
-- tsvector far below its 1 MiB limit however long the document; terms with punctuation
-- (A/RES/60/288) are substrings, answered by the trigram index.
DROP INDEX library_docs_words;
ALTER TABLE library_docs ADD COLUMN tokens TEXT NOT NULL DEFAULT '';
-- Whether the search text of the resource was cut by a budget (see library.rs).
ALTER TABLE library_docs ADD COLUMN truncated BOOLEAN NOT NULL DEFAULT FALSE;
-- Whether a version's extracted text was cut at the per-file budget.
ALTER TABLE file_versions ADD COLUMN text_truncated BOOLEAN NOT NULL DEFAULT FALSE;
CREATE INDEX library_docs_tokens ON library_docs USING gin (to_tsvector('simple', tokens));
-- Every search text is written anew at the next start (store::library::rebuild_missing_docs).
DELETE FROM library_docs;
UPDATE library_state SET generation = generation + 1 WHERE id = 1;
INSERT INTO library_changes (generation, resource_id) SELECT generation, NULL FROM library_state WHERE id = 1;
