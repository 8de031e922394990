// (:Practice)-[:CONCERNS]->(:Country), each edge with its basis and evidence.
UNWIND $rows AS row
// An edge a curator unlinked (a tombstone) is not made again.
WITH row WHERE NOT EXISTS { MATCH (:Tombstone {key: 'Edge:' + row.from + ':CONCERNS:' + row.to}) }
MATCH (p:Practice {id: row.from}), (t:Country {id: row.to})
MERGE (p)-[r:CONCERNS]->(t)
// An edge a curator has taken over (curatedAt set) keeps the curator's provenance.
SET r += CASE WHEN r.curatedAt IS NULL THEN row.edge ELSE {} END, r.loadStamp = $stamp
