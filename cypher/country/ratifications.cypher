// Each country's treaty status, one row per instrument that has data for it.
UNWIND $ids AS id
MATCH (c:Country {id: id})
RETURN id, COLLECT {
  MATCH (c)-[r:RATIFIED|SIGNED|NO_ACTION]->(i:Instrument)
  RETURN {instrument: i.id, status: CASE type(r) WHEN 'NO_ACTION' THEN 'NO_ACTION' ELSE type(r) END,
          year: r.year, basis: r.basis, evidence: r.evidence} AS row ORDER BY row.instrument
} AS ratifications
