// The countries of each practice, by relationship: implementing, concerned, mentioned.
UNWIND $ids AS id
MATCH (p:Practice {id: id})
RETURN id,
  COLLECT { MATCH (p)-[:IMPLEMENTED_BY]->(c:Country) RETURN c.id ORDER BY c.id } AS implementedBy,
  COLLECT { MATCH (p)-[:CONCERNS]->(c:Country) RETURN c.id ORDER BY c.id } AS concerns,
  COLLECT { MATCH (p)-[:MENTIONS]->(c:Country) RETURN c.id ORDER BY c.id } AS mentions
