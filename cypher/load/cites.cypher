// (:Document)-[:CITES {footnote}]->(:Instrument|Provision); one edge per footnote.
UNWIND $rows AS row
MATCH (d:Document {id: row.document})
CALL (row) {
  WITH row WHERE row.toLabel = 'Provision' MATCH (t:Provision {id: row.to}) RETURN t
  UNION
  WITH row WHERE row.toLabel = 'Instrument' MATCH (t:Instrument {id: row.to}) RETURN t
}
MERGE (d)-[r:CITES {footnote: row.footnote}]->(t)
SET r += row.edge, r.loadStamp = $stamp
