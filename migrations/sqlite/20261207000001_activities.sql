-- The activity tracker: who does what, where, when, and with which results. Each activity
-- has a lead entity and partners, beneficiary Member States and regions, pillars, themes,
-- planned and actual dates, a status, a timeline of progress updates, outputs (library
-- resources), participants by gender where known, and links to a project, a space and
-- calendar events.
CREATE TABLE activities (
    id INTEGER PRIMARY KEY,
    kind TEXT NOT NULL CHECK (kind IN ('workshop', 'training', 'assessment_visit', 'expert_meeting',
        'expert_deployment', 'publication', 'conference', 'other')),
    title TEXT NOT NULL,
    description TEXT NOT NULL DEFAULT '',
    status TEXT NOT NULL CHECK (status IN ('planned', 'ongoing', 'completed', 'postponed', 'cancelled')),
    lead_org_id INTEGER NOT NULL REFERENCES organizations (id),
    space_id INTEGER REFERENCES spaces (id),
    project_id INTEGER REFERENCES projects (id),
    planned_start TEXT,
    planned_end TEXT,
    actual_start TEXT,
    actual_end TEXT,
    women INTEGER CHECK (women IS NULL OR women >= 0),
    men INTEGER CHECK (men IS NULL OR men >= 0),
    -- Participants whose gender was not recorded, or who gave another.
    others INTEGER CHECK (others IS NULL OR others >= 0),
    created_by INTEGER REFERENCES accounts (id),
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE INDEX activities_lead ON activities (lead_org_id);
CREATE INDEX activities_project ON activities (project_id);

CREATE TABLE activity_partners (
    activity_id INTEGER NOT NULL REFERENCES activities (id),
    org_id INTEGER NOT NULL REFERENCES organizations (id),
    PRIMARY KEY (activity_id, org_id)
);
CREATE TABLE activity_countries (
    activity_id INTEGER NOT NULL REFERENCES activities (id),
    org_id INTEGER NOT NULL REFERENCES organizations (id),
    PRIMARY KEY (activity_id, org_id)
);
CREATE INDEX activity_countries_org ON activity_countries (org_id);
CREATE TABLE activity_regions (
    activity_id INTEGER NOT NULL REFERENCES activities (id),
    region TEXT NOT NULL,
    PRIMARY KEY (activity_id, region)
);
CREATE TABLE activity_pillars (
    activity_id INTEGER NOT NULL REFERENCES activities (id),
    pillar INTEGER NOT NULL REFERENCES pillars (number),
    PRIMARY KEY (activity_id, pillar)
);
CREATE TABLE activity_themes (
    activity_id INTEGER NOT NULL REFERENCES activities (id),
    theme_id INTEGER NOT NULL REFERENCES themes (id),
    PRIMARY KEY (activity_id, theme_id)
);
-- Outputs: library resources.
CREATE TABLE activity_resources (
    activity_id INTEGER NOT NULL REFERENCES activities (id),
    resource_id INTEGER NOT NULL REFERENCES resources (id),
    PRIMARY KEY (activity_id, resource_id)
);
CREATE TABLE activity_events (
    activity_id INTEGER NOT NULL REFERENCES activities (id),
    event_id INTEGER NOT NULL REFERENCES events (id),
    PRIMARY KEY (activity_id, event_id)
);

-- Progress updates, a dated timeline with who wrote each.
CREATE TABLE activity_updates (
    id INTEGER PRIMARY KEY,
    activity_id INTEGER NOT NULL REFERENCES activities (id),
    author_id INTEGER REFERENCES accounts (id),
    body TEXT NOT NULL,
    created_at TEXT NOT NULL
);
CREATE INDEX activity_updates_activity ON activity_updates (activity_id, id);

-- Each node keeps the activities' filterable fields in memory (tens of thousands); every
-- change bumps this counter and logs the activity (NULL: many), so a node re-reads only
-- what changed.
CREATE TABLE activity_state (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    generation BIGINT NOT NULL
);
INSERT INTO activity_state (id, generation) VALUES (1, 0);
CREATE TABLE activity_changes (
    generation BIGINT PRIMARY KEY,
    activity_id BIGINT
);
