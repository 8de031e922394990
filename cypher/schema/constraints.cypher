// Uniqueness of every node's id; each constraint also gives the id lookup its index.
CREATE CONSTRAINT practice_id IF NOT EXISTS FOR (n:Practice) REQUIRE n.id IS UNIQUE;
