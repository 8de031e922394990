// (a) Country × theme cells with practices, none of which has a partner of $kind. The cells that
// do have one are dropped first (the check stops at the first such partner); only the gaps get
// their present kinds listed.
MATCH (c:Country)<-[:IMPLEMENTED_BY]-(p:Practice)-[:ADDRESSES]->(t:Theme)
WHERE ($countries IS NULL OR c.id IN $countries) AND ($themes IS NULL OR t.id IN $themes)
WITH c, t, collect(p) AS ps
WHERE NOT EXISTS { UNWIND ps AS q MATCH (q)-[:PARTNERS_WITH]->(:Partner {kind: $kind}) RETURN 1 }
RETURN c.id AS country, t.id AS theme, [q IN ps | q.id] AS practiceIds,
  COLLECT { UNWIND ps AS q MATCH (q)-[:PARTNERS_WITH]->(x:Partner) RETURN DISTINCT x.kind AS kind ORDER BY kind } AS kinds
ORDER BY country, theme
