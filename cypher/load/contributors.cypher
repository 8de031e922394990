// (:Document)-[:CONTRIBUTED_BY {role}]->(:Country|Partner): who the document says wrote it,
// co-chaired its roundtable, sat on its team or contributed as a partner.
UNWIND $rows AS row
MATCH (d:Document {id: row.document})
CALL (row) {
  WITH row WHERE row.toLabel = 'Country' MATCH (t:Country {id: row.to}) RETURN t
  UNION
  WITH row WHERE row.toLabel = 'Partner' MATCH (t:Partner {id: row.to}) RETURN t
}
MERGE (d)-[r:CONTRIBUTED_BY {role: row.role}]->(t)
SET r += row.edge, r.loadStamp = $stamp
