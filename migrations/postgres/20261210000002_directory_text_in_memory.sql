-- The directory's text is searched in memory (store::directory_index::text): the
-- trigram index kept on every write of directory_docs is no longer read.
DROP INDEX directory_docs_trgm;
