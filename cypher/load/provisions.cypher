// Provisions and the instrument each is part of.
UNWIND $rows AS row
MATCH (i:Instrument {id: row.instrument})
MERGE (p:Provision {id: row.id})
SET p += row.props, p.loadStamp = $stamp
MERGE (p)-[r:PART_OF]->(i)
SET r += row.edge, r.loadStamp = $stamp
