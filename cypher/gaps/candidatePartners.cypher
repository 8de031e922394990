// (e) For each key {theme, country, kind, limit}: named partners active on the theme in practices
// not implemented by the country, that do not already partner with the country's practices on
// it, ranked by the practices they span, then the countries.
UNWIND $keys AS k
CALL (k) {
  MATCH (t:Theme {id: k.theme})<-[:ADDRESSES]-(p:Practice)-[:PARTNERS_WITH]->(x:Partner)
  WHERE NOT coalesce(x.generic, false)
    AND (k.kind IS NULL OR x.kind = k.kind)
    AND (k.country IS NULL OR NOT EXISTS { (p)-[:IMPLEMENTED_BY]->(:Country {id: k.country}) })
    AND (k.country IS NULL OR NOT EXISTS { (x)-[:BASED_IN]->(:Country {id: k.country}) WHERE x.kind = 'STATE' })
    AND (k.country IS NULL OR NOT EXISTS {
      (x)<-[:PARTNERS_WITH]-(q:Practice)-[:ADDRESSES]->(t) WHERE EXISTS { (q)-[:IMPLEMENTED_BY]->(:Country {id: k.country}) } })
  WITH x, collect(DISTINCT p) AS ps
  WITH x, ps, COLLECT { UNWIND ps AS q MATCH (q)-[:IMPLEMENTED_BY|CONCERNS]->(c:Country) RETURN DISTINCT c.id ORDER BY c.id } AS countryIds
  WITH x, [q IN ps | q.id] AS practiceIds, countryIds
  ORDER BY size(practiceIds) DESC, size(countryIds) DESC, x.name ASC
  RETURN collect({partner: x.id, practiceIds: practiceIds, countryIds: countryIds}) AS ranked
}
// LIMIT cannot depend on a row's value; the ranked list is cut instead.
RETURN k.key AS id, ranked[..k.limit] AS candidates
