// How many neighbours each node has under the same filters as the expansion.
UNWIND $eids AS eid
MATCH (a) WHERE elementId(a) = eid
RETURN eid, COUNT {
  MATCH (a)-[r]-(n)
  WHERE NOT n:LoadState
    AND ($relationshipTypes IS NULL OR type(r) IN $relationshipTypes)
    AND ($types IS NULL OR labels(n)[0] IN $types)
} AS degree
