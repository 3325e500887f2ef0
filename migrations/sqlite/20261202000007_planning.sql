-- Joint planning: a space's work-plan items in the order its chairs set, the entities
-- that lead and contribute, and each member organization's score of importance (1–5).
CREATE TABLE plan_items (
    id INTEGER PRIMARY KEY,
    space_id INTEGER NOT NULL REFERENCES spaces (id),
    title TEXT NOT NULL,
    description TEXT NOT NULL DEFAULT '',
    lead_org_id INTEGER REFERENCES organizations (id),
    pillar INTEGER REFERENCES pillars (number),
    status TEXT NOT NULL CHECK (status IN ('proposed', 'agreed', 'in_progress', 'done', 'dropped')),
    target_date TEXT,
    position INTEGER NOT NULL,
    created_by INTEGER REFERENCES accounts (id),
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE INDEX plan_items_space ON plan_items (space_id, position);

CREATE TABLE plan_item_orgs (
    item_id INTEGER NOT NULL REFERENCES plan_items (id),
    org_id INTEGER NOT NULL REFERENCES organizations (id),
    PRIMARY KEY (item_id, org_id)
);

CREATE TABLE plan_item_themes (
    item_id INTEGER NOT NULL REFERENCES plan_items (id),
    theme_id INTEGER NOT NULL REFERENCES themes (id),
    PRIMARY KEY (item_id, theme_id)
);

CREATE TABLE plan_item_resources (
    item_id INTEGER NOT NULL REFERENCES plan_items (id),
    resource_id INTEGER NOT NULL REFERENCES resources (id),
    PRIMARY KEY (item_id, resource_id)
);

CREATE TABLE plan_scores (
    item_id INTEGER NOT NULL REFERENCES plan_items (id),
    org_id INTEGER NOT NULL REFERENCES organizations (id),
    score INTEGER NOT NULL CHECK (score BETWEEN 1 AND 5),
    scored_by INTEGER REFERENCES accounts (id),
    scored_at TEXT NOT NULL,
    PRIMARY KEY (item_id, org_id)
);
