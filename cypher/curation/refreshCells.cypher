// After a curator's write to practice $id, in its transaction: the country × theme cells it is in
// now (its edges) or was in (the cells that list it) are computed again from the edges, as
// load/countryThemeCells builds them (their ratification gaps too; $asOf is null); a cell left
// without practices goes.
// Each cell is write-locked (SET refreshedAt) before it is read, in (country, theme) order: two
// writes to practices of one cell take turns, the second reads what the first committed, and
// neither waits on the other in a circle.
CALL () {
  MATCH (c:Country)<-[:IMPLEMENTED_BY]-(:Practice {id: $id})-[:ADDRESSES]->(t:Theme)
  RETURN c.id AS country, t.id AS theme
  UNION
  MATCH (cell:CountryThemeCell) WHERE $id IN cell.practiceIds
  RETURN cell.country AS country, cell.theme AS theme
}
WITH country, theme ORDER BY country, theme
MERGE (cell:CountryThemeCell {country: country, theme: theme})
SET cell.refreshedAt = datetime($at)
WITH cell
CALL (cell) {
  MATCH (c:Country {id: cell.country}), (t:Theme {id: cell.theme})
  WITH c, t, COLLECT {
    MATCH (c)<-[:IMPLEMENTED_BY]-(p:Practice)-[:ADDRESSES]->(t)
    RETURN DISTINCT p ORDER BY p.id
  } AS ps
  RETURN
  // @include gaps/_cellLists
}
CALL (cell, practiceIds, kinds, gaps) {
  WITH * WHERE size(practiceIds) > 0
  SET cell.practiceIds = practiceIds, cell.kinds = kinds,
    cell.gapInstruments = [g IN gaps | g.instrument], cell.gapStatuses = [g IN gaps | g.status], cell.gapEvidence = [g IN gaps | g.evidence]
}
CALL (cell, practiceIds) {
  WITH * WHERE size(practiceIds) = 0
  DELETE cell
}
RETURN count(*) AS cells
