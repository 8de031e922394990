// Treaty status per UN member state: RATIFIED {year}, SIGNED, or NO_ACTION (the table says
// "no action"). A country or instrument with no row has no edge: its status is unknown.
UNWIND $rows AS row
MATCH (c:Country {id: row.country}), (i:Instrument {id: row.instrument})
FOREACH (_ IN CASE WHEN row.status = 'RATIFIED' THEN [1] ELSE [] END |
  MERGE (c)-[r:RATIFIED]->(i) SET r += row.edge, r.loadStamp = $stamp)
FOREACH (_ IN CASE WHEN row.status = 'SIGNED' THEN [1] ELSE [] END |
  MERGE (c)-[r:SIGNED]->(i) SET r += row.edge, r.loadStamp = $stamp)
FOREACH (_ IN CASE WHEN row.status = 'NO_ACTION' THEN [1] ELSE [] END |
  MERGE (c)-[r:NO_ACTION]->(i) SET r += row.edge, r.loadStamp = $stamp)
