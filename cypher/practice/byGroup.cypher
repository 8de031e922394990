// The practices benefiting each group (Group.practices), as practice rows.
UNWIND $ids AS id
MATCH (t:Group {id: id})
RETURN id, COLLECT {
  MATCH (p:Practice)-[:BENEFITS]->(t)
  RETURN
// @include practice/_row
  ORDER BY practice.title
} AS practices
