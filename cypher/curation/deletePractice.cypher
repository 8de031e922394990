// Deletes a practice with its relationships.
MATCH (p:Practice {id: $id})
WITH p, COUNT { (p)--() } AS relationships
DETACH DELETE p
RETURN relationships
