-- One- and two-character searches in Chinese, Japanese and Korean ("王", "小明") cannot
-- use a trigram index. Each active person's own CJK text (name, title, office) is indexed
-- here as single characters and pairs; organization and thematic-area names are matched
-- from the reference data in memory.
CREATE TABLE directory_grams (
    gram TEXT NOT NULL,
    account_id BIGINT NOT NULL REFERENCES accounts (id),
    PRIMARY KEY (gram, account_id)
);
CREATE INDEX directory_grams_account ON directory_grams (account_id);

-- Which person each directory generation changed (NULL: many, rebuild everything), so
-- that a node brings its index up to date by re-reading only those people.
CREATE TABLE directory_changes (
    generation BIGINT PRIMARY KEY,
    account_id BIGINT
);
