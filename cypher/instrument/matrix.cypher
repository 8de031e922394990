// The practice × instrument table: each matching practice with the ids of the instruments that
// back it (its BACKS edges, as in Practice.backedBy; src/backing/backingRule.ts holds the rule), each with the
// specificity of its most specific backing of the practice. One page: at most $limit
// practices by title after the cursor ($after: {key: title, id}).
// @include practice/_filter
  AND ($after IS NULL OR p.title > $after.key OR (p.title = $after.key AND p.id > $after.id))
WITH p ORDER BY p.title, p.id LIMIT $limit
RETURN COLLECT {
    MATCH (p)<-[b:BACKS]-(i:Instrument)
    WITH i.id AS iid, b ORDER BY b.specificityRank DESC
    WITH iid, head(collect(b.specificity)) AS specificity
    RETURN {instrumentId: iid, specificity: specificity} AS cell ORDER BY cell.instrumentId
  } AS cells,
// @include practice/_row
