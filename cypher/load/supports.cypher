// (:Practice)-[:SUPPORTS]->(:Objective): the practice filed under a Global Compact objective, by the project's rules (basis inferred) or overrides (curated).
UNWIND $rows AS row
// An edge a curator unlinked (a tombstone) is not made again.
WITH row WHERE NOT EXISTS { MATCH (:Tombstone {key: 'Edge:' + row.from + ':SUPPORTS:' + row.to}) }
MATCH (p:Practice {id: row.from}), (t:Objective {id: row.to})
MERGE (p)-[r:SUPPORTS]->(t)
SET r += CASE WHEN r.curatedAt IS NULL THEN row.edge ELSE {} END, r.loadStamp = $stamp
