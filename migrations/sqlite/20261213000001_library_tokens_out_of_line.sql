-- PostgreSQL only: there, library_tokens' rows keep their tokens out of line so that a
-- broad prefix's bitmap scan reads few pages (see that migration). SQLite's FTS5 word
-- index answers with row IDs and never reads the content table for a search: nothing
-- changes here. (The migrations of both databases keep the same names.)
SELECT 1;
