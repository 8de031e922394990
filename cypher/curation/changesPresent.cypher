// Which of these change ids the database holds (see curation/recordChange).
UNWIND $ids AS id
MATCH (c:CurationChange {id: id})
RETURN c.id AS id
