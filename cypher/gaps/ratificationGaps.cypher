// (d) For each country × theme cell with practices, the ratifiable instruments backing the
// theme (treaties, protocols, ILO conventions: its BACKS edges, see src/backing/backingRule.ts) that the
// country is not a party to (not ratified, denounced, not an ILO member), or whose status no
// table records (status UNKNOWN, never "no").
// With $asOf (a year), the question as it stood then: the practices known then, the
// instruments adopted by then, and each status in that year (country/_statusAsOf).
// Now, the cells hold each country × theme pair's practices and its gaps, statuses and evidence
// (load/countryThemeCells, gaps/_cellLists): read, not computed. As of a year, the practices
// known then and the statuses then are joined afresh. The evidence is read only when asked
// ($withEvidence; otherwise '').
CALL () {
  WITH $asOf AS asOf WHERE asOf IS NULL
  MATCH (cell:CountryThemeCell)
  WHERE ($countries IS NULL OR cell.country IN $countries) AND ($themes IS NULL OR cell.theme IN $themes)
  UNWIND range(0, size(cell.gapInstruments) - 1) AS k
  WITH cell, k
  WHERE $instruments IS NULL OR cell.gapInstruments[k] IN $instruments
  RETURN cell.country AS country, cell.theme AS theme, cell.gapInstruments[k] AS instrument, size(cell.practiceIds) AS practiceCount,
    CASE WHEN $withPracticeIds THEN cell.practiceIds ELSE [] END AS practiceIds, cell.gapStatuses[k] AS status,
    CASE WHEN $withEvidence THEN cell.gapEvidence[k] ELSE '' END AS evidence
  UNION ALL
  WITH $asOf AS asOf WHERE asOf IS NOT NULL
  CALL () {
    MATCH (c:Country)<-[:IMPLEMENTED_BY]-(p:Practice)-[:ADDRESSES]->(t:Theme)
    WHERE ($countries IS NULL OR c.id IN $countries) AND ($themes IS NULL OR t.id IN $themes)
      AND
  // @include practice/_knownIn
    // collect() skips nulls: the ids are gathered only when the request asks for them.
    WITH c, t, count(p) AS practiceCount, collect(CASE WHEN $withPracticeIds THEN p.id END) AS practiceIds
    // A theme's instruments are found once, not once for each country acting on it.
    WITH t, collect({c: c, practiceCount: practiceCount, practiceIds: practiceIds}) AS cells
    CALL (t) {
      MATCH (t)<-[:BACKS]-(i:Instrument)
      WHERE i.kind IN ['TREATY', 'OPTIONAL_PROTOCOL', 'ILO_CONVENTION', 'ILO_PROTOCOL']
        AND (i.adopted IS NULL OR i.adopted <= $asOf)
        AND ($instruments IS NULL OR i.id IN $instruments)
      RETURN DISTINCT i
    }
    UNWIND cells AS cell
    WITH cell.c AS c, t, cell.practiceCount AS practiceCount, cell.practiceIds AS practiceIds, i
    OPTIONAL MATCH (c)-[r:RATIFIED|SIGNED|NO_ACTION|DENOUNCED|NOT_RATIFIED]->(i)
    // @include country/_statusAsOf
    // @include gaps/_gapEvidence
    WITH * WHERE status <> 'RATIFIED'
    RETURN c.id AS country, t.id AS theme, i.id AS instrument, practiceCount, practiceIds, status,
      CASE WHEN $withEvidence THEN evidence ELSE '' END AS evidence
  }
  RETURN country, theme, instrument, practiceCount, practiceIds, status, evidence
}
RETURN country, theme, instrument, practiceCount, practiceIds, status, evidence
ORDER BY country, theme, instrument
