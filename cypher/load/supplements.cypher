// Protocols that supplement a convention (an optional protocol, an ILO protocol). Unlike
// INTERPRETS, the backing rule (src/backing/backingRule.ts) does not walk this edge.
UNWIND $rows AS row
MATCH (a:Instrument {id: row.from}), (b:Instrument {id: row.to})
MERGE (a)-[r:SUPPLEMENTS]->(b)
SET r += row.edge, r.loadStamp = $stamp
