// (:Provision|Instrument)-[:GROUNDS]->(:Theme), from the themes' human-rights framework paragraphs.
UNWIND $rows AS row
MATCH (t:Theme {id: row.to})
CALL (row) {
  WITH row WHERE row.fromLabel = 'Provision' MATCH (s:Provision {id: row.from}) RETURN s
  UNION
  WITH row WHERE row.fromLabel = 'Instrument' MATCH (s:Instrument {id: row.from}) RETURN s
}
MERGE (s)-[r:GROUNDS]->(t)
SET r += row.edge, r.loadStamp = $stamp
