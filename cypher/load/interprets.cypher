// Committee texts and protocols that belong to a treaty.
UNWIND $rows AS row
MATCH (a:Instrument {id: row.from}), (b:Instrument {id: row.to})
MERGE (a)-[r:INTERPRETS]->(b)
SET r += row.edge, r.loadStamp = $stamp
