// The coverage matrix over two dimensions (countries, themes, groups, stages, Compact
// objectives, SDG targets, partner kinds, instruments): each matching practice joined to its values through the relationship type of
// each axis ($rowRelationship, $columnRelationship, from a closed list in code: an instrument's
// is the derived BACKS, which points at the practice, hence no direction here), then counted per
// pair. Empty cells are added by the caller.
// @include practice/_filter
WITH p
MATCH (p)-[rr]-(rx) WHERE type(rr) = $rowRelationship
WITH p, CASE WHEN $rowDimension = 'PARTNER_KIND' THEN rx.kind ELSE rx.id END AS r
MATCH (p)-[cr]-(cx) WHERE type(cr) = $columnRelationship
WITH DISTINCT p, r, CASE WHEN $columnDimension = 'PARTNER_KIND' THEN cx.kind ELSE cx.id END AS c
// collect() skips nulls: with $maxIds = 0 no list of ids is built at all.
WITH r, c, count(p) AS count, collect(CASE WHEN $maxIds > 0 THEN p.id END) AS ids
RETURN r AS row, c AS column, count, ids[..$maxIds] AS practiceIds
