// (:Recommendation|GuidingQuestion)-[:SPEAKS_OF]->(:Theme|Group|Stage).
UNWIND $rows AS row
CALL (row) {
  MATCH (s:Recommendation {id: row.from}) RETURN s
  UNION
  MATCH (s:GuidingQuestion {id: row.from}) RETURN s
}
CALL (row) {
  WITH row WHERE row.toLabel = 'Theme' MATCH (t:Theme {id: row.to}) RETURN t
  UNION
  WITH row WHERE row.toLabel = 'Group' MATCH (t:Group {id: row.to}) RETURN t
  UNION
  WITH row WHERE row.toLabel = 'Stage' MATCH (t:Stage {id: row.to}) RETURN t
}
MERGE (s)-[r:SPEAKS_OF]->(t)
SET r += row.edge, r.loadStamp = $stamp
