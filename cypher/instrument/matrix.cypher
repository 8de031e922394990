// The practice × instrument table: each matching practice with the ids of the instruments that
// back it (the same paths as Practice.backedBy, INTERPRETS included). One page: at most $limit
// practices by title after the cursor ($after: {key: title, id}).
// @include practice/_filter
  AND ($after IS NULL OR p.title > $after.key OR (p.title = $after.key AND p.id > $after.id))
WITH p ORDER BY p.title, p.id LIMIT $limit
RETURN COLLECT {
  CALL (p) {
    MATCH (p)-[:ADDRESSES]->(:Theme)<-[:GROUNDS]-(g)-[:PART_OF*0..1]->(:Instrument)-[:INTERPRETS*0..1]->(i:Instrument)
    RETURN i
    UNION
    MATCH (p)-[:BACKED_BY]->(:Instrument)-[:INTERPRETS*0..1]->(i:Instrument)
    RETURN i
  }
  RETURN DISTINCT i.id AS iid ORDER BY iid
} AS instrumentIds,
// @include practice/_row
