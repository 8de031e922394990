// A page of practices matching a filter with full text, by title A-Z, after the cursor
// ($after: {key: title, id}).
// @include practice/_filter
  AND ($after IS NULL OR p.title > $after.key OR (p.title = $after.key AND p.id > $after.id))
WITH p ORDER BY p.title ASC, p.id ASC LIMIT $limit
RETURN p.title AS sortKey,
// @include practice/_related
// @include practice/_row
