// The coverage matrix when an axis is INSTRUMENT (the instruments backing a practice are its
// BACKS edges; backing/derive holds the rule). Both axes are read by one block: each axis
// value list is gathered per practice, guarded by its dimension, so only the two asked for
// expand anything. Empty cells are added by the caller.
// @include practice/_filter
WITH p
CALL (p) {
  UNWIND [['row', $rowDimension], ['column', $columnDimension]] AS axis
  CALL (p, axis) {
    WITH p WHERE axis[1] = 'COUNTRY' MATCH (p)-[:IMPLEMENTED_BY]->(x:Country) RETURN x.id AS v
    UNION WITH p WHERE axis[1] = 'THEME' MATCH (p)-[:ADDRESSES]->(x:Theme) RETURN x.id AS v
    UNION WITH p WHERE axis[1] = 'GROUP' MATCH (p)-[:BENEFITS]->(x:Group) RETURN x.id AS v
    UNION WITH p WHERE axis[1] = 'STAGE' MATCH (p)-[:AT_STAGE]->(x:Stage) RETURN x.id AS v
    UNION WITH p WHERE axis[1] = 'PARTNER_KIND' MATCH (p)-[:PARTNERS_WITH]->(x:Partner) RETURN x.kind AS v
    UNION WITH p WHERE axis[1] = 'INSTRUMENT' MATCH (p)<-[:BACKS]-(x:Instrument) RETURN x.id AS v
  }
  WITH axis[0] AS side, collect(DISTINCT v) AS values
  RETURN collect([side, values]) AS axes
}
WITH p, [a IN axes WHERE a[0] = 'row' | a[1]][0] AS rs, [a IN axes WHERE a[0] = 'column' | a[1]][0] AS cs
UNWIND rs AS r
UNWIND cs AS c
// collect() skips nulls: with $maxIds = 0 no list of ids is built at all.
WITH r, c, count(p) AS count, collect(CASE WHEN $maxIds > 0 THEN p.id END) AS ids
RETURN r AS row, c AS column, count, ids[..$maxIds] AS practiceIds
