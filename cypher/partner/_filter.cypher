// Fragment: partners matching a PartnerFilter, as rows `x, score`; unnamed categories only on request.
CALL () {
  WITH $text AS text WHERE text IS NULL
  MATCH (x:Partner)
  RETURN x, 0.0 AS score
  UNION ALL
  WITH $text AS text WHERE text IS NOT NULL
  CALL db.index.fulltext.queryNodes('entity_names', text) YIELD node, score
  WITH node, score WHERE node:Partner
  RETURN node AS x, score
}
WITH x, score
WHERE ($kinds IS NULL OR x.kind IN $kinds)
  AND ($includeUnnamed OR NOT coalesce(x.generic, false))
