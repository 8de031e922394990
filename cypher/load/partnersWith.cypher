// (:Practice)-[:PARTNERS_WITH]->(:Partner), each edge with its basis and evidence.
UNWIND $rows AS row
// An edge a curator unlinked (a tombstone) is not made again.
WITH row WHERE NOT EXISTS { MATCH (:Tombstone {key: 'Edge:' + row.from + ':PARTNERS_WITH:' + row.to}) }
MATCH (p:Practice {id: row.from}), (t:Partner {id: row.to})
MERGE (p)-[r:PARTNERS_WITH]->(t)
// An edge a curator has taken over (curatedAt set) keeps the curator's provenance.
SET r += CASE WHEN r.curatedAt IS NULL THEN row.edge ELSE {} END, r.loadStamp = $stamp
