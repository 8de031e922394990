// (a) Country × theme cells with practices, none of which has a partner of $kind.
MATCH (c:Country)<-[:IMPLEMENTED_BY]-(p:Practice)-[:ADDRESSES]->(t:Theme)
WHERE ($countries IS NULL OR c.id IN $countries) AND ($themes IS NULL OR t.id IN $themes)
WITH c, t, collect(p) AS ps
WITH c, t, ps, COLLECT { UNWIND ps AS q MATCH (q)-[:PARTNERS_WITH]->(x:Partner) RETURN DISTINCT x.kind ORDER BY x.kind } AS kinds
WHERE NOT $kind IN kinds
RETURN c.id AS country, t.id AS theme, [q IN ps | q.id] AS practiceIds, kinds
ORDER BY country, theme
