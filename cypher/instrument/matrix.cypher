// The practice × instrument table: each matching practice with the ids of the instruments that
// back it (its BACKS edges, as in Practice.backedBy; backing/derive holds the rule). One page: at most $limit
// practices by title after the cursor ($after: {key: title, id}).
// @include practice/_filter
  AND ($after IS NULL OR p.title > $after.key OR (p.title = $after.key AND p.id > $after.id))
WITH p ORDER BY p.title, p.id LIMIT $limit
RETURN COLLECT { MATCH (p)<-[:BACKS]-(i:Instrument) RETURN DISTINCT i.id AS iid ORDER BY iid } AS instrumentIds,
// @include practice/_row
