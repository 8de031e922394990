// The practices addressing each theme (Theme.practices), as practice rows.
UNWIND $ids AS id
MATCH (t:Theme {id: id})
RETURN id, COLLECT {
  MATCH (p:Practice)-[:ADDRESSES]->(t)
  RETURN
// @include practice/_row
  ORDER BY practice.title
} AS practices
