// (:Practice)-[:IMPLEMENTED_BY]->(:Country), each edge with its basis and evidence.
UNWIND $rows AS row
MATCH (p:Practice {id: row.from}), (t:Country {id: row.to})
MERGE (p)-[r:IMPLEMENTED_BY]->(t)
SET r += row.edge
