-- Whole-word (prefix) search for alphabetic scripts: a word index beside the trigram one.
-- A broad word such as "terrorism" is one posting list here, where the trigram index must
-- intersect seven long ones and check positions. Arabic (whose words take prefixes) and
-- scripts without spaces keep substring matching through the trigram index.
CREATE VIRTUAL TABLE library_words USING fts5 (
    doc,
    content = 'library_docs',
    content_rowid = 'resource_id',
    tokenize = 'unicode61 remove_diacritics 2'
);
INSERT INTO library_words (library_words) VALUES ('rebuild');
CREATE TRIGGER library_docs_words_ai AFTER INSERT ON library_docs BEGIN
    INSERT INTO library_words (rowid, doc) VALUES (new.resource_id, new.doc);
END;
CREATE TRIGGER library_docs_words_ad AFTER DELETE ON library_docs BEGIN
    INSERT INTO library_words (library_words, rowid, doc) VALUES ('delete', old.resource_id, old.doc);
END;
CREATE TRIGGER library_docs_words_au AFTER UPDATE ON library_docs BEGIN
    INSERT INTO library_words (library_words, rowid, doc) VALUES ('delete', old.resource_id, old.doc);
    INSERT INTO library_words (rowid, doc) VALUES (new.resource_id, new.doc);
END;
