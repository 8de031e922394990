// A shortest path between two nodes, skipping excluded relationship types and the load state.
MATCH (a) WHERE elementId(a) = $from
MATCH (b) WHERE elementId(b) = $to
MATCH p = SHORTEST 1 (a)(()-[r]-() WHERE NOT type(r) IN $excluded AND ($allowed IS NULL OR type(r) IN $allowed)){1,10}(b)
WHERE length(p) <= $maxLength
UNWIND range(0, length(p) - 1) AS i
WITH nodes(p)[i] AS x, nodes(p)[i + 1] AS y, relationships(p)[i] AS rel
RETURN elementId(startNode(rel)) AS from, elementId(endNode(rel)) AS to, type(rel) AS type, rel {.*} AS properties,
  [m IN [x, y] | {eid: elementId(m), type: labels(m)[0], id: m.id, label: coalesce(m.title, m.name, m.article, m.id),
                  properties: m {.*}}] AS ends
