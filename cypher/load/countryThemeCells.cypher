// The country × theme cells, rebuilt whole: one CountryThemeCell per country and theme that some
// practice joins (IMPLEMENTED_BY the country, ADDRESSES the theme), holding the ids of those
// practices (sorted) and the partner kinds they have. Coverage COUNTRY × THEME and partnership
// gaps (a) and (d) read these few thousand cells instead of joining every practice on every
// request. Run at the end of every load and restore; curation/refreshCells keeps the cells a
// curator's write touches current, in the write's own transaction.
CALL () {
  MATCH (old:CountryThemeCell)
  DELETE old
}
MATCH (c:Country)<-[:IMPLEMENTED_BY]-(p:Practice)-[:ADDRESSES]->(t:Theme)
WITH c.id AS country, t.id AS theme, p ORDER BY p.id
WITH country, theme, collect(DISTINCT p) AS ps
WITH country, theme,
// @include gaps/_cellLists
CREATE (:CountryThemeCell {country: country, theme: theme, practiceIds: practiceIds, kinds: kinds})
RETURN count(*) AS cells
