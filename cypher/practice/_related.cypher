// Fragment: what a page's selection asks for about each practice, fetched with the page itself,
// each list only when selected ($with: one flag per list; partnerIds when only the partners'
// ids are), and the practice's whole row only when one of its fields is ($withRow; else its id
// and title): a page of 20 then reads and sends a few kilobytes, not 35. A list not asked for
// is not in the statement at all (see src/db/cypherShapes.ts).
// @when $with.implementedBy
COLLECT { MATCH (p)-[:IMPLEMENTED_BY]->(c:Country) RETURN c.id ORDER BY c.id } AS implementedBy,
// @end
// @when $with.concerns
COLLECT { MATCH (p)-[:CONCERNS]->(c:Country) RETURN c.id ORDER BY c.id } AS concerns,
// @end
// @when $with.mentions
COLLECT { MATCH (p)-[:MENTIONS]->(c:Country) RETURN c.id ORDER BY c.id } AS mentions,
// @end
// @when $with.partners
COLLECT {
  MATCH (p)-[:PARTNERS_WITH]->(x:Partner)
  OPTIONAL MATCH (x)-[:BASED_IN]->(c:Country)
  RETURN x {.id, .name, .kind, .generic, .basis, .evidence, basedIn: c.id} AS partner ORDER BY x.name
} AS partners,
// @else
// @when $with.partnerIds
COLLECT { MATCH (p)-[:PARTNERS_WITH]->(x:Partner) RETURN x {.id} AS partner ORDER BY x.name } AS partners,
// @end
// @end
// @when $with.themes
COLLECT { MATCH (p)-[:ADDRESSES]->(t:Theme) RETURN t.id ORDER BY t.id } AS themes,
// @end
// @when $with.groups
COLLECT { MATCH (p)-[:BENEFITS]->(g:Group) RETURN g.id ORDER BY g.id } AS groups,
// @end
// @when $with.stages
COLLECT { MATCH (p)-[:AT_STAGE]->(s:Stage) RETURN s.id ORDER BY s.id } AS stages,
// @end
// @when $with.objectives
COLLECT { MATCH (p)-[:SUPPORTS]->(o:Objective) RETURN o.id ORDER BY o.number } AS objectives,
// @end
// @when $with.targets
COLLECT { MATCH (p)-[:CONTRIBUTES_TO]->(t:Target) RETURN t.id ORDER BY t.goal, t.id } AS targets,
// @end
// @when $withRow
// @include practice/_rowMap
// @else
p {.id, .title}
// @end
AS practice
