-- The generation counters (store::known::Kind) as rows of one table, one row per kind:
-- a signed-in request reads them all with its session in one scan, where it read eight
-- one-row tables. One row per kind, so writers of different kinds still never wait for
-- each other.
--   0 directory, 1 library, 2 catalog, 3 calendar, 4 content, 5 projects,
--   6 activities, 7 cted
CREATE TABLE generations (
    kind INTEGER PRIMARY KEY,
    generation BIGINT NOT NULL
);
INSERT INTO generations (kind, generation)
SELECT 0, generation FROM directory_state WHERE id = 1
UNION ALL SELECT 1, generation FROM library_state WHERE id = 1
UNION ALL SELECT 2, generation FROM catalog_state WHERE id = 1
UNION ALL SELECT 3, generation FROM calendar_state WHERE id = 1
UNION ALL SELECT 4, generation FROM content_state WHERE id = 1
UNION ALL SELECT 5, generation FROM project_state WHERE id = 1
UNION ALL SELECT 6, generation FROM activity_state WHERE id = 1
UNION ALL SELECT 7, generation FROM cted_state WHERE id = 1;

-- Every trigger that bumped a counter, made again on the new table.
DROP TRIGGER organizations_catalog_insert;
CREATE TRIGGER organizations_catalog_insert AFTER INSERT ON organizations BEGIN UPDATE generations SET generation = generation + 1 WHERE kind = 2; END;
DROP TRIGGER organizations_catalog_update;
CREATE TRIGGER organizations_catalog_update AFTER UPDATE ON organizations BEGIN UPDATE generations SET generation = generation + 1 WHERE kind = 2; END;
DROP TRIGGER organizations_catalog_delete;
CREATE TRIGGER organizations_catalog_delete AFTER DELETE ON organizations BEGIN UPDATE generations SET generation = generation + 1 WHERE kind = 2; END;
DROP TRIGGER pillars_catalog_insert;
CREATE TRIGGER pillars_catalog_insert AFTER INSERT ON pillars BEGIN UPDATE generations SET generation = generation + 1 WHERE kind = 2; END;
DROP TRIGGER pillars_catalog_update;
CREATE TRIGGER pillars_catalog_update AFTER UPDATE ON pillars BEGIN UPDATE generations SET generation = generation + 1 WHERE kind = 2; END;
DROP TRIGGER pillars_catalog_delete;
CREATE TRIGGER pillars_catalog_delete AFTER DELETE ON pillars BEGIN UPDATE generations SET generation = generation + 1 WHERE kind = 2; END;
DROP TRIGGER themes_catalog_insert;
CREATE TRIGGER themes_catalog_insert AFTER INSERT ON themes BEGIN UPDATE generations SET generation = generation + 1 WHERE kind = 2; END;
DROP TRIGGER themes_catalog_update;
CREATE TRIGGER themes_catalog_update AFTER UPDATE ON themes BEGIN UPDATE generations SET generation = generation + 1 WHERE kind = 2; END;
DROP TRIGGER themes_catalog_delete;
CREATE TRIGGER themes_catalog_delete AFTER DELETE ON themes BEGIN UPDATE generations SET generation = generation + 1 WHERE kind = 2; END;
DROP TRIGGER spaces_catalog_insert;
CREATE TRIGGER spaces_catalog_insert AFTER INSERT ON spaces BEGIN UPDATE generations SET generation = generation + 1 WHERE kind = 2; END;
DROP TRIGGER spaces_catalog_update;
CREATE TRIGGER spaces_catalog_update AFTER UPDATE ON spaces BEGIN UPDATE generations SET generation = generation + 1 WHERE kind = 2; END;
DROP TRIGGER spaces_catalog_delete;
CREATE TRIGGER spaces_catalog_delete AFTER DELETE ON spaces BEGIN UPDATE generations SET generation = generation + 1 WHERE kind = 2; END;
DROP TRIGGER space_entities_catalog_insert;
CREATE TRIGGER space_entities_catalog_insert AFTER INSERT ON space_entities BEGIN UPDATE generations SET generation = generation + 1 WHERE kind = 2; END;
DROP TRIGGER space_entities_catalog_update;
CREATE TRIGGER space_entities_catalog_update AFTER UPDATE ON space_entities BEGIN UPDATE generations SET generation = generation + 1 WHERE kind = 2; END;
DROP TRIGGER space_entities_catalog_delete;
CREATE TRIGGER space_entities_catalog_delete AFTER DELETE ON space_entities BEGIN UPDATE generations SET generation = generation + 1 WHERE kind = 2; END;
DROP TRIGGER events_calendar_insert;
CREATE TRIGGER events_calendar_insert AFTER INSERT ON events BEGIN UPDATE generations SET generation = generation + 1 WHERE kind = 3; END;
DROP TRIGGER events_calendar_update;
CREATE TRIGGER events_calendar_update AFTER UPDATE ON events BEGIN UPDATE generations SET generation = generation + 1 WHERE kind = 3; END;
DROP TRIGGER events_calendar_delete;
CREATE TRIGGER events_calendar_delete AFTER DELETE ON events BEGIN UPDATE generations SET generation = generation + 1 WHERE kind = 3; END;
DROP TRIGGER event_exceptions_calendar_insert;
CREATE TRIGGER event_exceptions_calendar_insert AFTER INSERT ON event_exceptions BEGIN UPDATE generations SET generation = generation + 1 WHERE kind = 3; END;
DROP TRIGGER event_exceptions_calendar_update;
CREATE TRIGGER event_exceptions_calendar_update AFTER UPDATE ON event_exceptions BEGIN UPDATE generations SET generation = generation + 1 WHERE kind = 3; END;
DROP TRIGGER event_exceptions_calendar_delete;
CREATE TRIGGER event_exceptions_calendar_delete AFTER DELETE ON event_exceptions BEGIN UPDATE generations SET generation = generation + 1 WHERE kind = 3; END;
DROP TRIGGER threads_content_insert;
CREATE TRIGGER threads_content_insert AFTER INSERT ON threads BEGIN UPDATE generations SET generation = generation + 1 WHERE kind = 4; END;
DROP TRIGGER threads_content_update;
CREATE TRIGGER threads_content_update AFTER UPDATE ON threads BEGIN UPDATE generations SET generation = generation + 1 WHERE kind = 4; END;
DROP TRIGGER threads_content_delete;
CREATE TRIGGER threads_content_delete AFTER DELETE ON threads BEGIN UPDATE generations SET generation = generation + 1 WHERE kind = 4; END;
DROP TRIGGER posts_content_insert;
CREATE TRIGGER posts_content_insert AFTER INSERT ON posts BEGIN UPDATE generations SET generation = generation + 1 WHERE kind = 4; END;
DROP TRIGGER posts_content_update;
CREATE TRIGGER posts_content_update AFTER UPDATE ON posts BEGIN UPDATE generations SET generation = generation + 1 WHERE kind = 4; END;
DROP TRIGGER posts_content_delete;
CREATE TRIGGER posts_content_delete AFTER DELETE ON posts BEGIN UPDATE generations SET generation = generation + 1 WHERE kind = 4; END;
DROP TRIGGER plan_items_content_insert;
CREATE TRIGGER plan_items_content_insert AFTER INSERT ON plan_items BEGIN UPDATE generations SET generation = generation + 1 WHERE kind = 4; END;
DROP TRIGGER plan_items_content_update;
CREATE TRIGGER plan_items_content_update AFTER UPDATE ON plan_items BEGIN UPDATE generations SET generation = generation + 1 WHERE kind = 4; END;
DROP TRIGGER plan_items_content_delete;
CREATE TRIGGER plan_items_content_delete AFTER DELETE ON plan_items BEGIN UPDATE generations SET generation = generation + 1 WHERE kind = 4; END;
DROP TRIGGER projects_state_insert;
CREATE TRIGGER projects_state_insert AFTER INSERT ON projects BEGIN UPDATE generations SET generation = generation + 1 WHERE kind = 5; END;
DROP TRIGGER projects_state_update;
CREATE TRIGGER projects_state_update AFTER UPDATE ON projects BEGIN UPDATE generations SET generation = generation + 1 WHERE kind = 5; END;
DROP TRIGGER projects_state_delete;
CREATE TRIGGER projects_state_delete AFTER DELETE ON projects BEGIN UPDATE generations SET generation = generation + 1 WHERE kind = 5; END;
DROP TRIGGER project_partners_state_insert;
CREATE TRIGGER project_partners_state_insert AFTER INSERT ON project_partners BEGIN UPDATE generations SET generation = generation + 1 WHERE kind = 5; END;
DROP TRIGGER project_partners_state_update;
CREATE TRIGGER project_partners_state_update AFTER UPDATE ON project_partners BEGIN UPDATE generations SET generation = generation + 1 WHERE kind = 5; END;
DROP TRIGGER project_partners_state_delete;
CREATE TRIGGER project_partners_state_delete AFTER DELETE ON project_partners BEGIN UPDATE generations SET generation = generation + 1 WHERE kind = 5; END;
DROP TRIGGER project_countries_state_insert;
CREATE TRIGGER project_countries_state_insert AFTER INSERT ON project_countries BEGIN UPDATE generations SET generation = generation + 1 WHERE kind = 5; END;
DROP TRIGGER project_countries_state_update;
CREATE TRIGGER project_countries_state_update AFTER UPDATE ON project_countries BEGIN UPDATE generations SET generation = generation + 1 WHERE kind = 5; END;
DROP TRIGGER project_countries_state_delete;
CREATE TRIGGER project_countries_state_delete AFTER DELETE ON project_countries BEGIN UPDATE generations SET generation = generation + 1 WHERE kind = 5; END;
DROP TRIGGER project_regions_state_insert;
CREATE TRIGGER project_regions_state_insert AFTER INSERT ON project_regions BEGIN UPDATE generations SET generation = generation + 1 WHERE kind = 5; END;
DROP TRIGGER project_regions_state_update;
CREATE TRIGGER project_regions_state_update AFTER UPDATE ON project_regions BEGIN UPDATE generations SET generation = generation + 1 WHERE kind = 5; END;
DROP TRIGGER project_regions_state_delete;
CREATE TRIGGER project_regions_state_delete AFTER DELETE ON project_regions BEGIN UPDATE generations SET generation = generation + 1 WHERE kind = 5; END;
DROP TRIGGER project_pillars_state_insert;
CREATE TRIGGER project_pillars_state_insert AFTER INSERT ON project_pillars BEGIN UPDATE generations SET generation = generation + 1 WHERE kind = 5; END;
DROP TRIGGER project_pillars_state_update;
CREATE TRIGGER project_pillars_state_update AFTER UPDATE ON project_pillars BEGIN UPDATE generations SET generation = generation + 1 WHERE kind = 5; END;
DROP TRIGGER project_pillars_state_delete;
CREATE TRIGGER project_pillars_state_delete AFTER DELETE ON project_pillars BEGIN UPDATE generations SET generation = generation + 1 WHERE kind = 5; END;
DROP TRIGGER project_themes_state_insert;
CREATE TRIGGER project_themes_state_insert AFTER INSERT ON project_themes BEGIN UPDATE generations SET generation = generation + 1 WHERE kind = 5; END;
DROP TRIGGER project_themes_state_update;
CREATE TRIGGER project_themes_state_update AFTER UPDATE ON project_themes BEGIN UPDATE generations SET generation = generation + 1 WHERE kind = 5; END;
DROP TRIGGER project_themes_state_delete;
CREATE TRIGGER project_themes_state_delete AFTER DELETE ON project_themes BEGIN UPDATE generations SET generation = generation + 1 WHERE kind = 5; END;
DROP TRIGGER project_donors_state_insert;
CREATE TRIGGER project_donors_state_insert AFTER INSERT ON project_donors BEGIN UPDATE generations SET generation = generation + 1 WHERE kind = 5; END;
DROP TRIGGER project_donors_state_update;
CREATE TRIGGER project_donors_state_update AFTER UPDATE ON project_donors BEGIN UPDATE generations SET generation = generation + 1 WHERE kind = 5; END;
DROP TRIGGER project_donors_state_delete;
CREATE TRIGGER project_donors_state_delete AFTER DELETE ON project_donors BEGIN UPDATE generations SET generation = generation + 1 WHERE kind = 5; END;
DROP TRIGGER project_resources_state_insert;
CREATE TRIGGER project_resources_state_insert AFTER INSERT ON project_resources BEGIN UPDATE generations SET generation = generation + 1 WHERE kind = 5; END;
DROP TRIGGER project_resources_state_update;
CREATE TRIGGER project_resources_state_update AFTER UPDATE ON project_resources BEGIN UPDATE generations SET generation = generation + 1 WHERE kind = 5; END;
DROP TRIGGER project_resources_state_delete;
CREATE TRIGGER project_resources_state_delete AFTER DELETE ON project_resources BEGIN UPDATE generations SET generation = generation + 1 WHERE kind = 5; END;
DROP TRIGGER assessments_cted_insert;
CREATE TRIGGER assessments_cted_insert AFTER INSERT ON assessments BEGIN UPDATE generations SET generation = generation + 1 WHERE kind = 7; END;
DROP TRIGGER assessments_cted_update;
CREATE TRIGGER assessments_cted_update AFTER UPDATE ON assessments BEGIN UPDATE generations SET generation = generation + 1 WHERE kind = 7; END;
DROP TRIGGER assessments_cted_delete;
CREATE TRIGGER assessments_cted_delete AFTER DELETE ON assessments BEGIN UPDATE generations SET generation = generation + 1 WHERE kind = 7; END;
DROP TRIGGER recommendations_cted_insert;
CREATE TRIGGER recommendations_cted_insert AFTER INSERT ON recommendations BEGIN UPDATE generations SET generation = generation + 1 WHERE kind = 7; END;
DROP TRIGGER recommendations_cted_update;
CREATE TRIGGER recommendations_cted_update AFTER UPDATE ON recommendations BEGIN UPDATE generations SET generation = generation + 1 WHERE kind = 7; END;
DROP TRIGGER recommendations_cted_delete;
CREATE TRIGGER recommendations_cted_delete AFTER DELETE ON recommendations BEGIN UPDATE generations SET generation = generation + 1 WHERE kind = 7; END;
DROP TRIGGER assessment_consents_cted_insert;
CREATE TRIGGER assessment_consents_cted_insert AFTER INSERT ON assessment_consents BEGIN UPDATE generations SET generation = generation + 1 WHERE kind = 7; END;
DROP TRIGGER assessment_consents_cted_update;
CREATE TRIGGER assessment_consents_cted_update AFTER UPDATE ON assessment_consents BEGIN UPDATE generations SET generation = generation + 1 WHERE kind = 7; END;
DROP TRIGGER assessment_consents_cted_delete;
CREATE TRIGGER assessment_consents_cted_delete AFTER DELETE ON assessment_consents BEGIN UPDATE generations SET generation = generation + 1 WHERE kind = 7; END;
DROP TRIGGER recommendation_projects_cted_insert;
CREATE TRIGGER recommendation_projects_cted_insert AFTER INSERT ON recommendation_projects BEGIN UPDATE generations SET generation = generation + 1 WHERE kind = 7; END;
DROP TRIGGER recommendation_projects_cted_update;
CREATE TRIGGER recommendation_projects_cted_update AFTER UPDATE ON recommendation_projects BEGIN UPDATE generations SET generation = generation + 1 WHERE kind = 7; END;
DROP TRIGGER recommendation_projects_cted_delete;
CREATE TRIGGER recommendation_projects_cted_delete AFTER DELETE ON recommendation_projects BEGIN UPDATE generations SET generation = generation + 1 WHERE kind = 7; END;
DROP TRIGGER recommendation_activities_cted_insert;
CREATE TRIGGER recommendation_activities_cted_insert AFTER INSERT ON recommendation_activities BEGIN UPDATE generations SET generation = generation + 1 WHERE kind = 7; END;
DROP TRIGGER recommendation_activities_cted_update;
CREATE TRIGGER recommendation_activities_cted_update AFTER UPDATE ON recommendation_activities BEGIN UPDATE generations SET generation = generation + 1 WHERE kind = 7; END;
DROP TRIGGER recommendation_activities_cted_delete;
CREATE TRIGGER recommendation_activities_cted_delete AFTER DELETE ON recommendation_activities BEGIN UPDATE generations SET generation = generation + 1 WHERE kind = 7; END;

DROP TABLE directory_state;
DROP TABLE library_state;
DROP TABLE catalog_state;
DROP TABLE calendar_state;
DROP TABLE content_state;
DROP TABLE project_state;
DROP TABLE activity_state;
DROP TABLE cted_state;
