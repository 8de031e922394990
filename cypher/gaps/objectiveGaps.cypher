// (f) The Global Compact objectives no practice in scope supports: in scope are the practices
// implemented in $country (IMPLEMENTED_BY) and with a partner of kind $kind, each when given.
// With the practices in scope (none at all is a different answer from "none for this
// objective") and those that support the objective outside the scope.
CALL () {
  MATCH (p:Practice)
  WHERE ($country IS NULL OR EXISTS { (p)-[:IMPLEMENTED_BY]->(:Country {id: $country}) })
    AND ($kind IS NULL OR EXISTS { (p)-[:PARTNERS_WITH]->(:Partner {kind: $kind}) })
  RETURN collect(p.id) AS inScope
}
MATCH (o:Objective)
WHERE NOT EXISTS { (p:Practice)-[:SUPPORTS]->(o) WHERE p.id IN inScope }
RETURN o.id AS objective, size(inScope) AS practicesInScope,
  COLLECT { MATCH (p:Practice)-[:SUPPORTS]->(o) RETURN p.id ORDER BY p.id } AS supportedElsewhereBy
ORDER BY o.number
