// The edges among a set of nodes, so a neighbourhood also shows how its nodes connect. Each
// start node is found by its element id (a seek), then only its own relationships are read.
UNWIND $eids AS eid
MATCH (a) WHERE elementId(a) = eid
MATCH (a)-[r]->(b)
WHERE elementId(b) IN $eids
  AND ($relationshipTypes IS NULL OR type(r) IN $relationshipTypes)
RETURN elementId(a) AS from, elementId(b) AS to, type(r) AS type, r {.*, loadedFrom: null} AS properties
LIMIT $limit
