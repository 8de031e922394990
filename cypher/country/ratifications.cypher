// Each country's treaty status, one row per instrument that says something about it, in the year
// $asOf (null: as the tables observed it): its status edges, and for ILO instruments the
// statuses the lack of a row means (not a member; not ratified where the table is complete).
UNWIND $ids AS id
MATCH (c:Country {id: id})
RETURN id, COLLECT {
  MATCH (i:Instrument)
  WHERE EXISTS { (c)-[:RATIFIED|SIGNED|NO_ACTION|DENOUNCED|NOT_RATIFIED]->(i) } OR i.kind IN ['ILO_CONVENTION', 'ILO_PROTOCOL']
  OPTIONAL MATCH (c)-[r:RATIFIED|SIGNED|NO_ACTION|DENOUNCED|NOT_RATIFIED]->(i)
  // @include country/_statusAsOf
  WITH *
  WHERE status <> 'UNKNOWN' OR r IS NOT NULL
  RETURN {instrument: i.id, status: status, year: r.year, observedIn: coalesce(r.observedIn, i.ratificationObservedIn), basis: coalesce(r.basis, 'dataset'),
          evidence: statusEvidence} AS row
  ORDER BY row.instrument
} AS ratifications
