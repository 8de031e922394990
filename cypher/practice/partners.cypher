// The partners of each practice.
UNWIND $ids AS id
MATCH (p:Practice {id: id})
RETURN id, COLLECT {
  MATCH (p)-[:PARTNERS_WITH]->(x:Partner)
  OPTIONAL MATCH (x)-[:BASED_IN]->(c:Country)
  RETURN x {.id, .name, .kind, .generic, .basis, .evidence, basedIn: c.id} AS partner ORDER BY x.name
} AS partners
