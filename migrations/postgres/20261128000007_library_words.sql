-- Whole-word (prefix) search for alphabetic scripts: a word index beside the trigram one.
-- A broad word such as "terrorism" is one posting list here, where the trigram index must
-- combine seven and recheck every row's text. Arabic (whose words take prefixes) and
-- scripts without spaces keep substring matching through the trigram index.
-- Words are cut at every character that is not a letter or digit, as SQLite's unicode61
-- tokenizer does (PostgreSQL's own parser would keep "a/res/60/288" or an e-mail address
-- as one token).
CREATE INDEX library_docs_words ON library_docs
    USING gin (to_tsvector('simple', regexp_replace(doc, '[^[:alnum:]]+', ' ', 'g')));
