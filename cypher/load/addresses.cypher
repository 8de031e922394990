// (:Practice)-[:ADDRESSES]->(:Theme), each edge with its basis and evidence.
UNWIND $rows AS row
MATCH (p:Practice {id: row.from}), (t:Theme {id: row.to})
MERGE (p)-[r:ADDRESSES]->(t)
SET r += row.edge
