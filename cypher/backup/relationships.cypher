// Every relationship, with its type, its ends (element ids, as in backup/nodes) and properties.
MATCH (a)-[x]->(b)
RETURN elementId(a) AS start, elementId(b) AS end, type(x) AS type,
  // @include backup/_properties
  AS props
