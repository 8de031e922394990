// Fragment: what the cell of country `c` and theme `t` holds, from its practices `ps` (sorted by
// id): their ids, the partner kinds among them, and its ratification gaps (d) as the tables observed
// them ($asOf null): the ratifiable instruments backing the theme (its BACKS edges) the country is
// not a party to, sorted by id, each with its status and evidence, in three lists of one length
// (a property holds no maps). One definition for the load's cells and a curator's refresh.
// The gaps depend on the cell, the theme's backings and the status tables, which only a load or a
// restore writes, and both rebuild every cell after them; a curator's write moves only cells.
[q IN ps | q.id] AS practiceIds,
COLLECT { UNWIND ps AS q MATCH (q)-[:PARTNERS_WITH]->(x:Partner) RETURN DISTINCT x.kind AS kind ORDER BY kind } AS kinds,
COLLECT {
  MATCH (t)<-[:BACKS]-(i:Instrument)
  WHERE i.kind IN ['TREATY', 'OPTIONAL_PROTOCOL', 'ILO_CONVENTION', 'ILO_PROTOCOL']
  WITH DISTINCT i
  OPTIONAL MATCH (c)-[r:RATIFIED|SIGNED|NO_ACTION|DENOUNCED|NOT_RATIFIED]->(i)
  // @include country/_statusAsOf
  // @include gaps/_gapEvidence
  WITH * WHERE status <> 'RATIFIED'
  RETURN {instrument: i.id, status: status, evidence: evidence} AS gap ORDER BY gap.instrument
} AS gaps
