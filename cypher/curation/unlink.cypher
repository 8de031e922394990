// Removes a practice's link of one type to one target.
MATCH (p:Practice {id: $id})-[r]->(t {id: $target})
WHERE type(r) = $type
DELETE r
RETURN count(r) AS unlinked
