// The edges among a set of nodes, so a neighbourhood also shows how its nodes connect.
MATCH (a)-[r]->(b)
WHERE elementId(a) IN $eids AND elementId(b) IN $eids
  AND ($relationshipTypes IS NULL OR type(r) IN $relationshipTypes)
RETURN elementId(a) AS from, elementId(b) AS to, type(r) AS type, r {.*, loadedFrom: null} AS properties
LIMIT $limit
