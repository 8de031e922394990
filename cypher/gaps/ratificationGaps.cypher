// (d) For each country × theme cell with practices, the ratifiable instruments backing the
// theme (treaties, protocols, ILO conventions: its BACKS edges, see backing/derive) that the
// country is not a party to, or whose status no table records (status UNKNOWN, never "no").
MATCH (c:Country)<-[:IMPLEMENTED_BY]-(p:Practice)-[:ADDRESSES]->(t:Theme)
WHERE ($countries IS NULL OR c.id IN $countries) AND ($themes IS NULL OR t.id IN $themes)
// collect() skips nulls: the ids are gathered only when the request asks for them.
WITH c, t, count(p) AS practiceCount, collect(CASE WHEN $withPracticeIds THEN p.id END) AS practiceIds
CALL (t) {
  MATCH (t)<-[:BACKS]-(i:Instrument)
  WHERE i.kind IN ['TREATY', 'OPTIONAL_PROTOCOL', 'ILO_CONVENTION', 'ILO_PROTOCOL']
  RETURN DISTINCT i
}
WITH c, t, practiceCount, practiceIds, i
WHERE $instruments IS NULL OR i.id IN $instruments
OPTIONAL MATCH (c)-[r:RATIFIED|SIGNED|NO_ACTION]->(i)
WITH c, t, practiceCount, practiceIds, i, r
WHERE r IS NULL OR type(r) <> 'RATIFIED'
RETURN c.id AS country, t.id AS theme, i.id AS instrument, practiceCount, practiceIds,
  CASE WHEN r IS NULL THEN 'UNKNOWN' ELSE type(r) END AS status,
  CASE
    WHEN r IS NOT NULL THEN r.evidence
    WHEN i.ratificationStatusKnown THEN c.name + ' has no row in ' + i.ratificationSource + ' (UN member states only)'
    ELSE 'no ratification table for ' + i.id + ' in the seeds (ILO conventions are not covered by the UN Treaty Collection tables)'
  END AS evidence
ORDER BY country, theme, instrument
