// Every practice's id, for work done in batches of practices (deriving backings of a large graph).
MATCH (p:Practice)
RETURN p.id AS id
