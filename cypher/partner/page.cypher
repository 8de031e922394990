// A page of partners by name, after the cursor ($after: {key: name, id}).
// @include partner/_filter
  AND ($after IS NULL OR x.name > $after.key OR (x.name = $after.key AND x.id > $after.id))
WITH x ORDER BY x.name ASC, x.id ASC LIMIT $limit
RETURN x.name AS sortKey,
// @include partner/_row
