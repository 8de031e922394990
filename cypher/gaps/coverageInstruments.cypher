// The coverage matrix when an axis is INSTRUMENT (a practice reaches an instrument through
// the rights framework or a curated BACKED_BY link): each dimension is a UNION branch guarded
// by its parameter, so only the two asked for expand anything. Empty cells are added by the
// caller.
// @include practice/_filter
WITH p
CALL (p) {
  WITH p WHERE $rowDimension = 'COUNTRY' MATCH (p)-[:IMPLEMENTED_BY]->(x:Country) RETURN x.id AS r
  UNION WITH p WHERE $rowDimension = 'THEME' MATCH (p)-[:ADDRESSES]->(x:Theme) RETURN x.id AS r
  UNION WITH p WHERE $rowDimension = 'GROUP' MATCH (p)-[:BENEFITS]->(x:Group) RETURN x.id AS r
  UNION WITH p WHERE $rowDimension = 'STAGE' MATCH (p)-[:AT_STAGE]->(x:Stage) RETURN x.id AS r
  UNION WITH p WHERE $rowDimension = 'PARTNER_KIND' MATCH (p)-[:PARTNERS_WITH]->(x:Partner) RETURN x.kind AS r
  UNION WITH p WHERE $rowDimension = 'INSTRUMENT'
    MATCH (p)-[:ADDRESSES]->(:Theme)<-[:GROUNDS]-(g)-[:PART_OF*0..1]->(:Instrument)-[:INTERPRETS*0..1]->(x:Instrument) RETURN x.id AS r
  UNION WITH p WHERE $rowDimension = 'INSTRUMENT'
    MATCH (p)-[:BACKED_BY]->(:Instrument)-[:INTERPRETS*0..1]->(x:Instrument) RETURN x.id AS r
}
CALL (p) {
  WITH p WHERE $columnDimension = 'COUNTRY' MATCH (p)-[:IMPLEMENTED_BY]->(x:Country) RETURN x.id AS c
  UNION WITH p WHERE $columnDimension = 'THEME' MATCH (p)-[:ADDRESSES]->(x:Theme) RETURN x.id AS c
  UNION WITH p WHERE $columnDimension = 'GROUP' MATCH (p)-[:BENEFITS]->(x:Group) RETURN x.id AS c
  UNION WITH p WHERE $columnDimension = 'STAGE' MATCH (p)-[:AT_STAGE]->(x:Stage) RETURN x.id AS c
  UNION WITH p WHERE $columnDimension = 'PARTNER_KIND' MATCH (p)-[:PARTNERS_WITH]->(x:Partner) RETURN x.kind AS c
  UNION WITH p WHERE $columnDimension = 'INSTRUMENT'
    MATCH (p)-[:ADDRESSES]->(:Theme)<-[:GROUNDS]-(g)-[:PART_OF*0..1]->(:Instrument)-[:INTERPRETS*0..1]->(x:Instrument) RETURN x.id AS c
  UNION WITH p WHERE $columnDimension = 'INSTRUMENT'
    MATCH (p)-[:BACKED_BY]->(:Instrument)-[:INTERPRETS*0..1]->(x:Instrument) RETURN x.id AS c
}
// collect() skips nulls: with $maxIds = 0 no list of ids is built at all.
WITH r, c, count(p) AS count, collect(CASE WHEN $maxIds > 0 THEN p.id END) AS ids
RETURN r AS row, c AS column, count, ids[..$maxIds] AS practiceIds
