// Treaty status per country: RATIFIED {year}, SIGNED, or NO_ACTION (a UN table says "no action");
// from the ILO tables also DENOUNCED {year of denunciation} and NOT_RATIFIED (a source says so).
// A country or instrument with no row has no edge: cypher/country/_statusAsOf says what that means.
UNWIND $rows AS row
MATCH (c:Country {id: row.country}), (i:Instrument {id: row.instrument})
FOREACH (_ IN CASE WHEN row.status = 'RATIFIED' THEN [1] ELSE [] END |
  MERGE (c)-[r:RATIFIED]->(i) SET r += row.edge, r.loadStamp = $stamp)
FOREACH (_ IN CASE WHEN row.status = 'SIGNED' THEN [1] ELSE [] END |
  MERGE (c)-[r:SIGNED]->(i) SET r += row.edge, r.loadStamp = $stamp)
FOREACH (_ IN CASE WHEN row.status = 'NO_ACTION' THEN [1] ELSE [] END |
  MERGE (c)-[r:NO_ACTION]->(i) SET r += row.edge, r.loadStamp = $stamp)
FOREACH (_ IN CASE WHEN row.status = 'DENOUNCED' THEN [1] ELSE [] END |
  MERGE (c)-[r:DENOUNCED]->(i) SET r += row.edge, r.loadStamp = $stamp)
FOREACH (_ IN CASE WHEN row.status = 'NOT_RATIFIED' THEN [1] ELSE [] END |
  MERGE (c)-[r:NOT_RATIFIED]->(i) SET r += row.edge, r.loadStamp = $stamp)
