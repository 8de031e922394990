// The paper's recommendations and guiding questions, and what each speaks of.
UNWIND $rows AS row
MATCH (d:Document {id: row.document})
CALL (row) {
  WITH row WHERE row.label = 'Recommendation'
  MERGE (s:Recommendation {id: row.id})
  RETURN s
  UNION
  WITH row WHERE row.label = 'GuidingQuestion'
  MERGE (s:GuidingQuestion {id: row.id})
  RETURN s
}
SET s += row.props, s.loadStamp = $stamp
MERGE (d)-[r:CONTAINS]->(s)
SET r += row.edge, r.loadStamp = $stamp
