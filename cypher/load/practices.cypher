// Practices, and the document that describes them (with its line range).
UNWIND $rows AS row
MATCH (d:Document {id: row.document})
MERGE (p:Practice {id: row.id})
SET p += row.props
MERGE (d)-[r:DESCRIBES]->(p)
SET r += row.edge
