// (:Practice)-[:AT_STAGE]->(:Stage), each edge with its basis and evidence.
UNWIND $rows AS row
MATCH (p:Practice {id: row.from}), (t:Stage {id: row.to})
MERGE (p)-[r:AT_STAGE]->(t)
SET r += row.edge
