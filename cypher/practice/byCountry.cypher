// The practices each country implements (Country.practices), as practice rows.
UNWIND $ids AS id
MATCH (t:Country {id: id})
RETURN id, COLLECT {
  MATCH (p:Practice)-[:IMPLEMENTED_BY]->(t)
  RETURN
// @include practice/_row
  ORDER BY practice.title
} AS practices
