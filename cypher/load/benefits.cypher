// (:Practice)-[:BENEFITS]->(:Group), each edge with its basis and evidence.
UNWIND $rows AS row
MATCH (p:Practice {id: row.from}), (t:Group {id: row.to})
MERGE (p)-[r:BENEFITS]->(t)
SET r += row.edge
