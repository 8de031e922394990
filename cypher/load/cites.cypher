// (:Document)-[:CITES {at, footnote, inline}]->(:Instrument|Provision): one edge per place the
// document cites a text, `at` naming the place: a footnote ("footnote xxvi") or, for a citation
// in the running text, its first line ("line 509", footnote null, inline true).
UNWIND $rows AS row
MATCH (d:Document {id: row.document})
CALL (row) {
  WITH row WHERE row.toLabel = 'Provision' MATCH (t:Provision {id: row.to}) RETURN t
  UNION
  WITH row WHERE row.toLabel = 'Instrument' MATCH (t:Instrument {id: row.to}) RETURN t
}
MERGE (d)-[r:CITES {at: row.at}]->(t)
SET r += row.edge, r.loadStamp = $stamp
