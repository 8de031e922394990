// Fragment: what a page's selection asks for about each practice, fetched with the page itself
// (flags $withCountries, $withPartners, $withFacets), so a nested page is one statement.
CASE WHEN $withCountries THEN {
  implementedBy: COLLECT { MATCH (p)-[:IMPLEMENTED_BY]->(c:Country) RETURN c.id ORDER BY c.id },
  concerns: COLLECT { MATCH (p)-[:CONCERNS]->(c:Country) RETURN c.id ORDER BY c.id },
  mentions: COLLECT { MATCH (p)-[:MENTIONS]->(c:Country) RETURN c.id ORDER BY c.id }
} END AS countries,
CASE WHEN $withPartners THEN COLLECT {
  MATCH (p)-[:PARTNERS_WITH]->(x:Partner)
  OPTIONAL MATCH (x)-[:BASED_IN]->(c:Country)
  RETURN x {.id, .name, .kind, .generic, .basis, .evidence, basedIn: c.id} AS partner ORDER BY x.name
} END AS partners,
CASE WHEN $withFacets THEN {
  themes: COLLECT { MATCH (p)-[:ADDRESSES]->(t:Theme) RETURN t.id ORDER BY t.id },
  groups: COLLECT { MATCH (p)-[:BENEFITS]->(g:Group) RETURN g.id ORDER BY g.id },
  stages: COLLECT { MATCH (p)-[:AT_STAGE]->(s:Stage) RETURN s.id ORDER BY s.id },
  objectives: COLLECT { MATCH (p)-[:SUPPORTS]->(o:Objective) RETURN o.id ORDER BY o.number },
  targets: COLLECT { MATCH (p)-[:CONTRIBUTES_TO]->(t:Target) RETURN t.id ORDER BY t.goal, t.id }
} END AS facets,
