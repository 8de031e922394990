// The practice × instrument table: each matching practice with the ids of the instruments that
// back it (its BACKS edges, as in Practice.backedBy; backing/derive holds the rule).
// @include practice/_filter
WITH p ORDER BY p.title, p.id
RETURN COLLECT { MATCH (p)<-[:BACKS]-(i:Instrument) RETURN DISTINCT i.id AS iid ORDER BY iid } AS instrumentIds,
// @include practice/_row
