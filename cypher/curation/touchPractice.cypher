// A link or an unlink changes the practice too: its version, who changed it last and when. Not
// curatedAt, which would freeze the practice's fields against the next seed load.
MATCH (p:Practice {id: $id})
SET p.version = $version, p.updatedBy = $curator, p.updatedAt = datetime($at)
RETURN p.id AS id
