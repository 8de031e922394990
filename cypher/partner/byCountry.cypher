// The partners based in each country (Country.partners).
UNWIND $ids AS id
MATCH (c:Country {id: id})
RETURN id, COLLECT {
  MATCH (x:Partner)-[:BASED_IN]->(c)
  RETURN
// @include partner/_row
  ORDER BY partner.name
} AS partners
