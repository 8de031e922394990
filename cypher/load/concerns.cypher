// (:Practice)-[:CONCERNS]->(:Country), each edge with its basis and evidence.
UNWIND $rows AS row
MATCH (p:Practice {id: row.from}), (t:Country {id: row.to})
MERGE (p)-[r:CONCERNS]->(t)
SET r += row.edge
