// Partners, and the country each is based in where known.
UNWIND $rows AS row
MERGE (p:Partner {id: row.id})
SET p += row.props, p.loadStamp = $stamp
WITH p, row
CALL (p, row) {
  WITH p, row WHERE row.basedIn IS NOT NULL
  MATCH (c:Country {id: row.basedIn})
  MERGE (p)-[r:BASED_IN]->(c)
  SET r += row.basedInEdge, r.loadStamp = $stamp
}
