// Practices, and the document that describes them (with its line range).
UNWIND $rows AS row
MATCH (d:Document {id: row.document})
MERGE (p:Practice {id: row.id})
// A practice a curator has edited (curatedAt set) keeps the curator's fields.
SET p += CASE WHEN p.curatedAt IS NULL THEN row.props ELSE {} END, p.loadStamp = $stamp
MERGE (d)-[r:DESCRIBES]->(p)
SET r += row.edge, r.loadStamp = $stamp
