// One breadth-first step of a neighbourhood: the edges around the frontier nodes, at most
// $limit of them, in a stable order, and how many each frontier node has in all (for "N more").
UNWIND $frontier AS eid
MATCH (a) WHERE elementId(a) = eid
CALL (a) {
  MATCH (a)-[r]-(n)
  WHERE NOT n:LoadState
    AND ($relationshipTypes IS NULL OR type(r) IN $relationshipTypes)
    AND ($types IS NULL OR labels(n)[0] IN $types)
  RETURN r, n
  ORDER BY type(r), n.id
  LIMIT $limit
}
WITH a, r, n
RETURN elementId(a) AS from, elementId(n) AS eid, type(r) AS type,
  startNode(r) = a AS outgoing, r {.*, loadedFrom: null} AS properties,
// @include explore/_node
