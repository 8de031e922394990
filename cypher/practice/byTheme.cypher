// The practices addressing each theme (Theme.practices), one page per key: at most $limit practice rows by
// title after the key's cursor ($keys: [{i, id, after: {key: title, id} or null}]), and how many
// there are in all. One statement for every parent of a selection level (see relatedPageLoader).
UNWIND $keys AS key
MATCH (t:Theme {id: key.id})
RETURN key.i AS i, COLLECT {
  MATCH (p:Practice)-[:ADDRESSES]->(t)
  WHERE key.after IS NULL OR p.title > key.after.key OR (p.title = key.after.key AND p.id > key.after.id)
  RETURN
// @include practice/_row
  ORDER BY practice.title, practice.id
  LIMIT $limit
} AS rows, COUNT { (:Practice)-[:ADDRESSES]->(t) } AS total
