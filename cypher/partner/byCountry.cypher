// The partners based in each country (Country.partners), one page per key: at most $limit partner
// rows by name after the key's cursor ($keys: [{i, id, after: {key: name, id} or null}]), and how
// many there are in all.
UNWIND $keys AS key
MATCH (c:Country {id: key.id})
RETURN key.i AS i, COLLECT {
  MATCH (x:Partner)-[:BASED_IN]->(c)
  WHERE key.after IS NULL OR x.name > key.after.key OR (x.name = key.after.key AND x.id > key.after.id)
  RETURN
// @include partner/_row
  ORDER BY partner.name, partner.id
  LIMIT $limit
} AS rows, COUNT { (:Partner)-[:BASED_IN]->(c) } AS total
