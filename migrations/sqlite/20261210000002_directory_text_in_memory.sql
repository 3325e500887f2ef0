-- The directory's text is searched in memory (store::directory_index::text): the
-- trigram index kept on every write of directory_docs is no longer read.
DROP TRIGGER directory_docs_ai;
DROP TRIGGER directory_docs_ad;
DROP TRIGGER directory_docs_au;
DROP TABLE directory_fts;
