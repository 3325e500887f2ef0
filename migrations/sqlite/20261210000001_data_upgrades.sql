-- One-time rewrites of stored data that only the application can compute (folded
-- search text, say), each claimed by the node that does it in the same transaction:
-- the name of each one done.
CREATE TABLE data_upgrades (
    name TEXT PRIMARY KEY
);
