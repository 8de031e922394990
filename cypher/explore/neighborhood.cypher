// A bounded neighbourhood in one statement: the start node (found by type and id), up to three
// breadth-first hops of at most $limit new nodes each (no ORDER BY: sorting would read every
// relationship of a hub to keep a few; the store's order is stable between identical requests),
// then the edges among the nodes kept and each node's full degree under the same filters (for
// the explorer's "N more"). Node properties ($withProperties) and degrees ($withDegree) are
// computed only when the selection asks for them: the degree of a hub reads all its
// relationships. Each filter is in the statement only when set (see src/db/cypherShapes.ts). The derived BACKS edges (src/backing/backingRule.ts) are left out unless asked for by
// $relationshipTypes: they summarise paths the neighbourhood shows edge by edge. Zero rows when
// the start node does not exist.
UNWIND [$key] AS k
CALL (k) {
  WITH k WHERE k.type = 'Practice' MATCH (n:Practice {id: k.id}) RETURN n
  UNION WITH k WHERE k.type = 'Country' MATCH (n:Country {id: k.id}) RETURN n
  UNION WITH k WHERE k.type = 'Partner' MATCH (n:Partner {id: k.id}) RETURN n
  UNION WITH k WHERE k.type = 'Theme' MATCH (n:Theme {id: k.id}) RETURN n
  UNION WITH k WHERE k.type = 'Instrument' MATCH (n:Instrument {id: k.id}) RETURN n
  UNION WITH k WHERE k.type = 'Provision' MATCH (n:Provision {id: k.id}) RETURN n
  UNION WITH k WHERE k.type = 'Group' MATCH (n:Group {id: k.id}) RETURN n
  UNION WITH k WHERE k.type = 'Stage' MATCH (n:Stage {id: k.id}) RETURN n
  UNION WITH k WHERE k.type = 'Objective' MATCH (n:Objective {id: k.id}) RETURN n
  UNION WITH k WHERE k.type = 'GuidingPrinciple' MATCH (n:GuidingPrinciple {id: k.id}) RETURN n
  UNION WITH k WHERE k.type = 'Target' MATCH (n:Target {id: k.id}) RETURN n
  UNION WITH k WHERE k.type = 'Document' MATCH (n:Document {id: k.id}) RETURN n
  UNION WITH k WHERE k.type = 'Recommendation' MATCH (n:Recommendation {id: k.id}) RETURN n
  UNION WITH k WHERE k.type = 'GuidingQuestion' MATCH (n:GuidingQuestion {id: k.id}) RETURN n
}
WITH n AS s
CALL (s) {
  MATCH (s)-[r]-(x)
  WHERE NOT x:LoadState AND x <> s
// @include explore/_hopFilter
  WITH DISTINCT x LIMIT $limit
  RETURN collect(x) AS hop1
}
CALL (s, hop1) {
  WITH s, hop1 WHERE $depth >= 2
  UNWIND hop1 AS a
  MATCH (a)-[r]-(x)
  WHERE NOT x:LoadState AND x <> s AND NOT x IN hop1
// @include explore/_hopFilter
  WITH DISTINCT x LIMIT $limit
  RETURN collect(x) AS hop2
}
CALL (s, hop1, hop2) {
  WITH s, hop1, hop2 WHERE $depth >= 3
  UNWIND hop2 AS a
  MATCH (a)-[r]-(x)
  WHERE NOT x:LoadState AND x <> s AND NOT x IN hop1 AND NOT x IN hop2
// @include explore/_hopFilter
  WITH DISTINCT x LIMIT $limit
  RETURN collect(x) AS hop3
}
WITH ([s] + hop1 + hop2 + hop3) AS found
WITH found[..$limit] AS nodes, size(found) > $limit AS overflow
UNWIND nodes AS n
CALL (n, nodes) {
  MATCH (n)-[r]->(b)
  WHERE b IN nodes
// @when $relationshipTypes
    AND type(r) IN $relationshipTypes
// @else
    AND type(r) <> 'BACKS'
// @end
  RETURN collect({to: labels(b)[0] + ':' + b.id, type: type(r), properties: r {.*}}) AS out
}
RETURN overflow,
  {type: labels(n)[0], id: n.id, label: coalesce(n.title, n.name, n.article, n.id),
// @when $withProperties
   properties: n {.*}
// @else
   properties: {}
// @end
  } AS node,
  out,
// @when $withDegree
  COUNT {
    MATCH (n)-[r]-(x)
    WHERE NOT x:LoadState
// @when $relationshipTypes
      AND type(r) IN $relationshipTypes
// @else
      AND type(r) <> 'BACKS'
// @end
// @when $types
      AND labels(x)[0] IN $types
// @end
  }
// @else
  0
// @end
  AS degree
