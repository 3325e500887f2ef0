-- Files attached to a discussion post: each is a library resource (uploaded through the
-- library's one acceptance path, readable by those who may read the thread), listed
-- under the post in the order attached.
CREATE TABLE post_attachments (
    post_id INTEGER NOT NULL REFERENCES posts (id),
    resource_id INTEGER NOT NULL REFERENCES resources (id),
    position INTEGER NOT NULL,
    PRIMARY KEY (post_id, resource_id)
);
CREATE INDEX post_attachments_resource ON post_attachments (resource_id);
