// A page of practices matching a filter without full text, by title A-Z, after the cursor
// ($after: {key: title, id}). The title index gives the order, so the scan stops once the page
// is full instead of reading and sorting every matching practice (the full-text case cannot:
// see pageTitleAscText).
MATCH (p:Practice)
WHERE p.title IS NOT NULL AND
// @include practice/_conditions
  AND ($after IS NULL OR p.title > $after.key OR (p.title = $after.key AND p.id > $after.id))
WITH p ORDER BY p.title ASC, p.id ASC LIMIT $limit
RETURN p.title AS sortKey,
// @include practice/_related
// @include practice/_row
