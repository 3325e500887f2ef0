-- The CT/PVE project compendium (the Multi-Year Appeal, searchable): each project with its
-- implementing entities, beneficiaries, pillars, thematic priorities, the budget it asks
-- for and the donors that fund it. Amounts are whole US dollars.
CREATE TABLE projects (
    id INTEGER PRIMARY KEY,
    code TEXT NOT NULL,
    code_folded TEXT NOT NULL UNIQUE,
    title TEXT NOT NULL,
    summary TEXT NOT NULL DEFAULT '',
    status TEXT NOT NULL CHECK (status IN ('pipeline', 'active', 'closed')),
    lead_org_id INTEGER NOT NULL REFERENCES organizations (id),
    requested_usd INTEGER NOT NULL CHECK (requested_usd >= 0),
    starts_on TEXT,
    ends_on TEXT,
    contact_account_id INTEGER REFERENCES accounts (id),
    created_by INTEGER REFERENCES accounts (id),
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE INDEX projects_lead ON projects (lead_org_id);

-- Partner entities (the lead is not repeated here).
CREATE TABLE project_partners (
    project_id INTEGER NOT NULL REFERENCES projects (id),
    org_id INTEGER NOT NULL REFERENCES organizations (id),
    PRIMARY KEY (project_id, org_id)
);

-- Beneficiary Member States.
CREATE TABLE project_countries (
    project_id INTEGER NOT NULL REFERENCES projects (id),
    org_id INTEGER NOT NULL REFERENCES organizations (id),
    PRIMARY KEY (project_id, org_id)
);
CREATE INDEX project_countries_org ON project_countries (org_id);

-- Beneficiary regions named as such (a regional project), by the regions' English names.
CREATE TABLE project_regions (
    project_id INTEGER NOT NULL REFERENCES projects (id),
    region TEXT NOT NULL,
    PRIMARY KEY (project_id, region)
);

CREATE TABLE project_pillars (
    project_id INTEGER NOT NULL REFERENCES projects (id),
    pillar INTEGER NOT NULL REFERENCES pillars (number),
    PRIMARY KEY (project_id, pillar)
);

CREATE TABLE project_themes (
    project_id INTEGER NOT NULL REFERENCES projects (id),
    theme_id INTEGER NOT NULL REFERENCES themes (id),
    PRIMARY KEY (project_id, theme_id)
);

-- Donors in the order given, with the amount each funds.
CREATE TABLE project_donors (
    project_id INTEGER NOT NULL REFERENCES projects (id),
    position INTEGER NOT NULL,
    donor TEXT NOT NULL,
    amount_usd INTEGER NOT NULL CHECK (amount_usd >= 0),
    PRIMARY KEY (project_id, position)
);

CREATE TABLE project_resources (
    project_id INTEGER NOT NULL REFERENCES projects (id),
    resource_id INTEGER NOT NULL REFERENCES resources (id),
    PRIMARY KEY (project_id, resource_id)
);

-- The compendium is held in memory on each app node for the explorer; this counter,
-- bumped by triggers on every change to these tables, tells a node its copy is old.
CREATE TABLE project_state (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    generation INTEGER NOT NULL
);
INSERT INTO project_state (id, generation) VALUES (1, 0);
CREATE TRIGGER projects_state_insert AFTER INSERT ON projects BEGIN UPDATE project_state SET generation = generation + 1 WHERE id = 1; END;
CREATE TRIGGER projects_state_update AFTER UPDATE ON projects BEGIN UPDATE project_state SET generation = generation + 1 WHERE id = 1; END;
CREATE TRIGGER projects_state_delete AFTER DELETE ON projects BEGIN UPDATE project_state SET generation = generation + 1 WHERE id = 1; END;
CREATE TRIGGER project_partners_state_insert AFTER INSERT ON project_partners BEGIN UPDATE project_state SET generation = generation + 1 WHERE id = 1; END;
CREATE TRIGGER project_partners_state_update AFTER UPDATE ON project_partners BEGIN UPDATE project_state SET generation = generation + 1 WHERE id = 1; END;
CREATE TRIGGER project_partners_state_delete AFTER DELETE ON project_partners BEGIN UPDATE project_state SET generation = generation + 1 WHERE id = 1; END;
CREATE TRIGGER project_countries_state_insert AFTER INSERT ON project_countries BEGIN UPDATE project_state SET generation = generation + 1 WHERE id = 1; END;
CREATE TRIGGER project_countries_state_update AFTER UPDATE ON project_countries BEGIN UPDATE project_state SET generation = generation + 1 WHERE id = 1; END;
CREATE TRIGGER project_countries_state_delete AFTER DELETE ON project_countries BEGIN UPDATE project_state SET generation = generation + 1 WHERE id = 1; END;
CREATE TRIGGER project_regions_state_insert AFTER INSERT ON project_regions BEGIN UPDATE project_state SET generation = generation + 1 WHERE id = 1; END;
CREATE TRIGGER project_regions_state_update AFTER UPDATE ON project_regions BEGIN UPDATE project_state SET generation = generation + 1 WHERE id = 1; END;
CREATE TRIGGER project_regions_state_delete AFTER DELETE ON project_regions BEGIN UPDATE project_state SET generation = generation + 1 WHERE id = 1; END;
CREATE TRIGGER project_pillars_state_insert AFTER INSERT ON project_pillars BEGIN UPDATE project_state SET generation = generation + 1 WHERE id = 1; END;
CREATE TRIGGER project_pillars_state_update AFTER UPDATE ON project_pillars BEGIN UPDATE project_state SET generation = generation + 1 WHERE id = 1; END;
CREATE TRIGGER project_pillars_state_delete AFTER DELETE ON project_pillars BEGIN UPDATE project_state SET generation = generation + 1 WHERE id = 1; END;
CREATE TRIGGER project_themes_state_insert AFTER INSERT ON project_themes BEGIN UPDATE project_state SET generation = generation + 1 WHERE id = 1; END;
CREATE TRIGGER project_themes_state_update AFTER UPDATE ON project_themes BEGIN UPDATE project_state SET generation = generation + 1 WHERE id = 1; END;
CREATE TRIGGER project_themes_state_delete AFTER DELETE ON project_themes BEGIN UPDATE project_state SET generation = generation + 1 WHERE id = 1; END;
CREATE TRIGGER project_donors_state_insert AFTER INSERT ON project_donors BEGIN UPDATE project_state SET generation = generation + 1 WHERE id = 1; END;
CREATE TRIGGER project_donors_state_update AFTER UPDATE ON project_donors BEGIN UPDATE project_state SET generation = generation + 1 WHERE id = 1; END;
CREATE TRIGGER project_donors_state_delete AFTER DELETE ON project_donors BEGIN UPDATE project_state SET generation = generation + 1 WHERE id = 1; END;
CREATE TRIGGER project_resources_state_insert AFTER INSERT ON project_resources BEGIN UPDATE project_state SET generation = generation + 1 WHERE id = 1; END;
CREATE TRIGGER project_resources_state_update AFTER UPDATE ON project_resources BEGIN UPDATE project_state SET generation = generation + 1 WHERE id = 1; END;
CREATE TRIGGER project_resources_state_delete AFTER DELETE ON project_resources BEGIN UPDATE project_state SET generation = generation + 1 WHERE id = 1; END;
