// Uniqueness of every node's id; each constraint also gives the id lookup its index.
CREATE CONSTRAINT practice_id IF NOT EXISTS FOR (n:Practice) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT country_id IF NOT EXISTS FOR (n:Country) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT partner_id IF NOT EXISTS FOR (n:Partner) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT theme_id IF NOT EXISTS FOR (n:Theme) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT instrument_id IF NOT EXISTS FOR (n:Instrument) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT provision_id IF NOT EXISTS FOR (n:Provision) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT group_id IF NOT EXISTS FOR (n:Group) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT stage_id IF NOT EXISTS FOR (n:Stage) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT objective_id IF NOT EXISTS FOR (n:Objective) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT guiding_principle_id IF NOT EXISTS FOR (n:GuidingPrinciple) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT target_id IF NOT EXISTS FOR (n:Target) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT recommendation_id IF NOT EXISTS FOR (n:Recommendation) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT guiding_question_id IF NOT EXISTS FOR (n:GuidingQuestion) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT document_id IF NOT EXISTS FOR (n:Document) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT load_state_id IF NOT EXISTS FOR (n:LoadState) REQUIRE n.id IS UNIQUE;
// A curator's deletion of a practice or unlink of an edge, which seed loads must not undo. The key
// is 'Practice:<practiceId>' or 'Edge:<practiceId>:<TYPE>:<targetId>' (practice ids are slugs, so
// the key is unambiguous); kind, practiceId, type and target hold the same facts for queries.
// Tombstones have no relationships: traversals never reach them.
CREATE CONSTRAINT tombstone_key IF NOT EXISTS FOR (n:Tombstone) REQUIRE n.key IS UNIQUE;
// The mark of a curation change (curation/recordChange), by the id its journal line carries; a
// practice's history is read by practiceId.
CREATE CONSTRAINT curation_change_id IF NOT EXISTS FOR (n:CurationChange) REQUIRE n.id IS UNIQUE;
CREATE INDEX curation_change_practice IF NOT EXISTS FOR (n:CurationChange) ON (n.practiceId);
// One cell per country and theme (load/countryThemeCells); MERGE at a curation write finds it here.
CREATE CONSTRAINT country_theme_cell IF NOT EXISTS FOR (n:CountryThemeCell) REQUIRE (n.country, n.theme) IS UNIQUE;
CREATE INDEX partner_kind IF NOT EXISTS FOR (n:Partner) ON (n.kind);
CREATE INDEX practice_title IF NOT EXISTS FOR (n:Practice) ON (n.title);
// Full-text search: practices by title and summary; partners, countries and instruments by name.
CREATE FULLTEXT INDEX practice_text IF NOT EXISTS FOR (n:Practice) ON EACH [n.title, n.summary, n.tags_text];
CREATE FULLTEXT INDEX entity_names IF NOT EXISTS FOR (n:Partner|Country|Instrument) ON EACH [n.name, n.nameFr, n.id];
