// (:Practice)-[:PARTNERS_WITH]->(:Partner), each edge with its basis and evidence.
UNWIND $rows AS row
MATCH (p:Practice {id: row.from}), (t:Partner {id: row.to})
MERGE (p)-[r:PARTNERS_WITH]->(t)
SET r += row.edge
