// The coverage matrix: for each practice matching the filter, its values on the row and column
// dimensions, then one row per (row value, column value) pair that has practices. Empty cells
// are added by the caller from the dimensions' full value lists.
// @include practice/_filter
WITH p
CALL (p) {
  UNWIND [{axis: 'row', dimension: $rowDimension}, {axis: 'column', dimension: $columnDimension}] AS a
  RETURN a.axis AS axis, CASE a.dimension
    WHEN 'COUNTRY' THEN COLLECT { MATCH (p)-[:IMPLEMENTED_BY]->(x:Country) RETURN x.id }
    WHEN 'THEME' THEN COLLECT { MATCH (p)-[:ADDRESSES]->(x:Theme) RETURN x.id }
    WHEN 'GROUP' THEN COLLECT { MATCH (p)-[:BENEFITS]->(x:Group) RETURN x.id }
    WHEN 'STAGE' THEN COLLECT { MATCH (p)-[:AT_STAGE]->(x:Stage) RETURN x.id }
    WHEN 'PARTNER_KIND' THEN COLLECT { MATCH (p)-[:PARTNERS_WITH]->(x:Partner) RETURN DISTINCT x.kind }
    WHEN 'INSTRUMENT' THEN COLLECT {
      CALL (p) {
        MATCH (p)-[:ADDRESSES]->(:Theme)<-[:GROUNDS]-(g)-[:PART_OF*0..1]->(:Instrument)-[:INTERPRETS*0..1]->(x:Instrument)
        RETURN x
        UNION
        MATCH (p)-[:BACKED_BY]->(:Instrument)-[:INTERPRETS*0..1]->(x:Instrument)
        RETURN x
      }
      RETURN DISTINCT x.id }
  END AS values
}
WITH p, collect([axis, values]) AS axes
WITH p, [a IN axes WHERE a[0] = 'row'][0][1] AS rowValues, [a IN axes WHERE a[0] = 'column'][0][1] AS columnValues
UNWIND rowValues AS r
UNWIND columnValues AS c
WITH r, c, collect(p.id) AS ids
RETURN r AS row, c AS column, size(ids) AS count, ids[..$maxIds] AS practiceIds
