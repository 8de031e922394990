// (:Practice)-[:CONTRIBUTES_TO]->(:Target): the practice filed under a SDG target, by the project's rules (basis inferred) or overrides (curated).
UNWIND $rows AS row
// An edge a curator unlinked (a tombstone) is not made again.
WITH row WHERE NOT EXISTS { MATCH (:Tombstone {key: 'Edge:' + row.from + ':CONTRIBUTES_TO:' + row.to}) }
MATCH (p:Practice {id: row.from}), (t:Target {id: row.to})
MERGE (p)-[r:CONTRIBUTES_TO]->(t)
SET r += CASE WHEN r.curatedAt IS NULL THEN row.edge ELSE {} END, r.loadStamp = $stamp
