// One breadth-first step of a neighbourhood: the nodes next to the frontier that are not known
// yet, at most $limit of them (the edges come afterwards, from edgesBetween). No ORDER BY:
// sorting would read every relationship of a hub (a theme of 50,000 practices) to keep a few;
// the store's own order is stable between identical requests.
UNWIND $frontier AS eid
MATCH (a) WHERE elementId(a) = eid
CALL (a) {
  MATCH (a)-[r]-(n)
  WHERE NOT n:LoadState
    AND NOT elementId(n) IN $known
    AND ($relationshipTypes IS NULL OR type(r) IN $relationshipTypes)
    AND ($types IS NULL OR labels(n)[0] IN $types)
  RETURN DISTINCT n
  LIMIT $limit
}
WITH DISTINCT n
LIMIT $limit
RETURN elementId(n) AS eid,
// @include explore/_node
