-- CTED's assessments of Member States and the technical-assistance recommendations they
-- identify. The most sensitive data of the platform: an assessment, its report and its
-- recommendations are read only by the assessed State's focal points, CTED, administrators
-- and the Compact entities the State consents to (`assessment_consents`), and every read
-- is kept (`assessment_reads`) for the State's focal points to see.
CREATE TABLE assessments (
    id INTEGER PRIMARY KEY,
    state_org_id INTEGER NOT NULL REFERENCES organizations (id),
    kind TEXT NOT NULL CHECK (kind IN ('comprehensive_visit', 'focused_visit', 'desk_review', 'follow_up')),
    held_on TEXT NOT NULL,
    -- The report: a library resource restricted to CTED's own organization, opened to
    -- others only through this module's rule.
    report_resource_id INTEGER REFERENCES resources (id),
    created_by INTEGER REFERENCES accounts (id),
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE INDEX assessments_state ON assessments (state_org_id);

CREATE TABLE recommendations (
    id INTEGER PRIMARY KEY,
    assessment_id INTEGER NOT NULL REFERENCES assessments (id),
    body TEXT NOT NULL,
    theme_id INTEGER REFERENCES themes (id),
    pillar INTEGER REFERENCES pillars (number),
    priority TEXT NOT NULL CHECK (priority IN ('high', 'medium', 'low')),
    assistance TEXT NOT NULL DEFAULT '',
    status TEXT NOT NULL CHECK (status IN ('open', 'in_progress', 'implemented', 'superseded')),
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE INDEX recommendations_assessment ON recommendations (assessment_id);

-- CTED's dated follow-up notes; a note may move the status.
CREATE TABLE recommendation_notes (
    id INTEGER PRIMARY KEY,
    recommendation_id INTEGER NOT NULL REFERENCES recommendations (id),
    author_id INTEGER REFERENCES accounts (id),
    body TEXT NOT NULL,
    status TEXT CHECK (status IS NULL OR status IN ('open', 'in_progress', 'implemented', 'superseded')),
    created_at TEXT NOT NULL
);
CREATE INDEX recommendation_notes_recommendation ON recommendation_notes (recommendation_id);

-- The State's consent, per assessment, to one Compact entity or (grantee NULL) to every
-- Compact entity, until the end of `expires_on` (UTC) if set, until revoked. Rows are kept
-- when revoked, so the history of consent stays visible to the State.
CREATE TABLE assessment_consents (
    id INTEGER PRIMARY KEY,
    assessment_id INTEGER NOT NULL REFERENCES assessments (id),
    grantee_org_id INTEGER REFERENCES organizations (id),
    expires_on TEXT,
    granted_by INTEGER REFERENCES accounts (id),
    granted_at TEXT NOT NULL,
    revoked_by INTEGER REFERENCES accounts (id),
    revoked_at TEXT
);
CREATE INDEX assessment_consents_assessment ON assessment_consents (assessment_id);

-- What addresses a recommendation: projects of the compendium and activities.
CREATE TABLE recommendation_projects (
    recommendation_id INTEGER NOT NULL REFERENCES recommendations (id),
    project_id INTEGER NOT NULL REFERENCES projects (id),
    PRIMARY KEY (recommendation_id, project_id)
);
CREATE INDEX recommendation_projects_project ON recommendation_projects (project_id);
CREATE TABLE recommendation_activities (
    recommendation_id INTEGER NOT NULL REFERENCES recommendations (id),
    activity_id INTEGER NOT NULL REFERENCES activities (id),
    PRIMARY KEY (recommendation_id, activity_id)
);
CREATE INDEX recommendation_activities_activity ON recommendation_activities (activity_id);

-- The access trail: every read of an assessment's recommendations or report (a page, a
-- list or search that showed them, a download, an export), append-only.
CREATE TABLE assessment_reads (
    id INTEGER PRIMARY KEY,
    assessment_id INTEGER NOT NULL REFERENCES assessments (id),
    account_id INTEGER NOT NULL REFERENCES accounts (id),
    org_id INTEGER NOT NULL REFERENCES organizations (id),
    how TEXT NOT NULL CHECK (how IN ('view', 'list', 'search', 'download', 'export')),
    occurred_at TEXT NOT NULL
);
CREATE INDEX assessment_reads_assessment ON assessment_reads (assessment_id, id);
CREATE TRIGGER assessment_reads_no_update BEFORE UPDATE ON assessment_reads
BEGIN SELECT RAISE(ABORT, 'assessment_reads is append-only'); END;
CREATE TRIGGER assessment_reads_no_delete BEFORE DELETE ON assessment_reads
BEGIN SELECT RAISE(ABORT, 'assessment_reads is append-only'); END;

-- Each node keeps assessments, consents, recommendations and their links in memory (a few
-- thousand rows); this counter, bumped by triggers on every change to them and read with
-- each request's session, tells a node its copy is old — so a withdrawn consent holds
-- from the very next request on every node.
CREATE TABLE cted_state (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    generation INTEGER NOT NULL
);
INSERT INTO cted_state (id, generation) VALUES (1, 0);
CREATE TRIGGER assessments_cted_insert AFTER INSERT ON assessments BEGIN UPDATE cted_state SET generation = generation + 1 WHERE id = 1; END;
CREATE TRIGGER assessments_cted_update AFTER UPDATE ON assessments BEGIN UPDATE cted_state SET generation = generation + 1 WHERE id = 1; END;
CREATE TRIGGER assessments_cted_delete AFTER DELETE ON assessments BEGIN UPDATE cted_state SET generation = generation + 1 WHERE id = 1; END;
CREATE TRIGGER recommendations_cted_insert AFTER INSERT ON recommendations BEGIN UPDATE cted_state SET generation = generation + 1 WHERE id = 1; END;
CREATE TRIGGER recommendations_cted_update AFTER UPDATE ON recommendations BEGIN UPDATE cted_state SET generation = generation + 1 WHERE id = 1; END;
CREATE TRIGGER recommendations_cted_delete AFTER DELETE ON recommendations BEGIN UPDATE cted_state SET generation = generation + 1 WHERE id = 1; END;
CREATE TRIGGER assessment_consents_cted_insert AFTER INSERT ON assessment_consents BEGIN UPDATE cted_state SET generation = generation + 1 WHERE id = 1; END;
CREATE TRIGGER assessment_consents_cted_update AFTER UPDATE ON assessment_consents BEGIN UPDATE cted_state SET generation = generation + 1 WHERE id = 1; END;
CREATE TRIGGER assessment_consents_cted_delete AFTER DELETE ON assessment_consents BEGIN UPDATE cted_state SET generation = generation + 1 WHERE id = 1; END;
CREATE TRIGGER recommendation_projects_cted_insert AFTER INSERT ON recommendation_projects BEGIN UPDATE cted_state SET generation = generation + 1 WHERE id = 1; END;
CREATE TRIGGER recommendation_projects_cted_update AFTER UPDATE ON recommendation_projects BEGIN UPDATE cted_state SET generation = generation + 1 WHERE id = 1; END;
CREATE TRIGGER recommendation_projects_cted_delete AFTER DELETE ON recommendation_projects BEGIN UPDATE cted_state SET generation = generation + 1 WHERE id = 1; END;
CREATE TRIGGER recommendation_activities_cted_insert AFTER INSERT ON recommendation_activities BEGIN UPDATE cted_state SET generation = generation + 1 WHERE id = 1; END;
CREATE TRIGGER recommendation_activities_cted_update AFTER UPDATE ON recommendation_activities BEGIN UPDATE cted_state SET generation = generation + 1 WHERE id = 1; END;
CREATE TRIGGER recommendation_activities_cted_delete AFTER DELETE ON recommendation_activities BEGIN UPDATE cted_state SET generation = generation + 1 WHERE id = 1; END;
