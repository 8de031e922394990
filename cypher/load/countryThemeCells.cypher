// The country × theme cells, rebuilt whole: one CountryThemeCell per country and theme that some
// practice joins (IMPLEMENTED_BY the country, ADDRESSES the theme), holding the ids of those
// practices (sorted), the partner kinds they have and the cell's ratification gaps (gaps/_cellLists).
// Coverage COUNTRY × THEME and partnership gaps (a) and (d) read these few thousand cells instead
// of joining every practice, and each country's treaty statuses, on every request ($asOf is null:
// the statuses as the tables observed them). Run at the end of every load and restore;
// curation/refreshCells keeps the cells a curator's write touches current, in the write's own
// transaction.
CALL () {
  MATCH (old:CountryThemeCell)
  DELETE old
}
MATCH (c:Country)<-[:IMPLEMENTED_BY]-(p:Practice)-[:ADDRESSES]->(t:Theme)
WITH c, t, p ORDER BY p.id
WITH c, t, collect(DISTINCT p) AS ps
WITH c.id AS country, t.id AS theme,
// @include gaps/_cellLists
CREATE (:CountryThemeCell {country: country, theme: theme, practiceIds: practiceIds, kinds: kinds,
  gapInstruments: [g IN gaps | g.instrument], gapStatuses: [g IN gaps | g.status], gapEvidence: [g IN gaps | g.evidence]})
RETURN count(*) AS cells
