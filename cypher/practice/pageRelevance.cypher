// A page of practices matching $text, best score first, after the cursor ($after: {key: score, id}).
// @include practice/_filter
  AND ($after IS NULL OR score < $after.key OR (score = $after.key AND p.id > $after.id))
WITH p, score ORDER BY score DESC, p.id ASC LIMIT $limit
RETURN score AS sortKey,
// @include practice/_related
// @include practice/_row
