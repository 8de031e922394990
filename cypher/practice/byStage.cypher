// The practices at each stage (Stage.practices), as practice rows.
UNWIND $ids AS id
MATCH (t:Stage {id: id})
RETURN id, COLLECT {
  MATCH (p:Practice)-[:AT_STAGE]->(t)
  RETURN
// @include practice/_row
  ORDER BY practice.title
} AS practices
