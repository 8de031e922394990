// Each country's treaty status, one row per instrument that has data for it, in the year $asOf
// (null: as the tables observed it).
UNWIND $ids AS id
MATCH (c:Country {id: id})
RETURN id, COLLECT {
  MATCH (c)-[r:RATIFIED|SIGNED|NO_ACTION]->(i:Instrument)
  // @include country/_statusAsOf
  RETURN {instrument: i.id, status: status, year: r.year, observedIn: r.observedIn, basis: r.basis,
          evidence: statusEvidence} AS row
  ORDER BY row.instrument
} AS ratifications
