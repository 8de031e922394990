// The practices of each partner (Partner.practices), as practice rows.
UNWIND $ids AS id
MATCH (t:Partner {id: id})
RETURN id, COLLECT {
  MATCH (p:Practice)-[:PARTNERS_WITH]->(t)
  RETURN
// @include practice/_row
  ORDER BY practice.title
} AS practices
