// Practices, and the document that describes them (with its line range).
UNWIND $rows AS row
// A practice a curator deleted (a tombstone) is not made again.
WITH row WHERE NOT EXISTS { MATCH (:Tombstone {key: 'Practice:' + row.id}) }
MATCH (d:Document {id: row.document})
MERGE (p:Practice {id: row.id})
// A practice a curator has edited (curatedAt set) keeps the curator's fields. One that had left
// the seeds and was kept for its curation (seedRemovedAt) is back in them.
SET p += CASE WHEN p.curatedAt IS NULL THEN row.props ELSE {} END, p.loadStamp = $stamp, p.seedRemovedAt = null
MERGE (d)-[r:DESCRIBES]->(p)
SET r += row.edge, r.loadStamp = $stamp
