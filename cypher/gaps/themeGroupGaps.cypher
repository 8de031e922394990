// (b) Theme × group cells no practice fills, with how much each side has elsewhere.
MATCH (t:Theme), (g:Group)
WHERE ($themes IS NULL OR t.id IN $themes) AND ($groups IS NULL OR g.id IN $groups)
  AND NOT EXISTS { (g)<-[:BENEFITS]-(:Practice)-[:ADDRESSES]->(t) }
RETURN t.id AS theme, g.id AS group,
  COUNT { (:Practice)-[:ADDRESSES]->(t) } AS practicesOnTheme,
  COUNT { (:Practice)-[:BENEFITS]->(g) } AS practicesForGroup
ORDER BY theme, group
