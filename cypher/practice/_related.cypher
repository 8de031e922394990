// Fragment: what a page's selection asks for about each practice, fetched with the page itself,
// each list only when selected ($with: one flag per list; partnerIds when only the partners'
// ids are), and the practice's whole row only when one of its fields is ($withRow; else its id
// and title): a page of 20 then reads and sends a few kilobytes, not 35.
CASE WHEN $with.implementedBy THEN COLLECT { MATCH (p)-[:IMPLEMENTED_BY]->(c:Country) RETURN c.id ORDER BY c.id } END AS implementedBy,
CASE WHEN $with.concerns THEN COLLECT { MATCH (p)-[:CONCERNS]->(c:Country) RETURN c.id ORDER BY c.id } END AS concerns,
CASE WHEN $with.mentions THEN COLLECT { MATCH (p)-[:MENTIONS]->(c:Country) RETURN c.id ORDER BY c.id } END AS mentions,
CASE
  WHEN $with.partners THEN COLLECT {
    MATCH (p)-[:PARTNERS_WITH]->(x:Partner)
    OPTIONAL MATCH (x)-[:BASED_IN]->(c:Country)
    RETURN x {.id, .name, .kind, .generic, .basis, .evidence, basedIn: c.id} AS partner ORDER BY x.name
  }
  WHEN $with.partnerIds THEN COLLECT { MATCH (p)-[:PARTNERS_WITH]->(x:Partner) RETURN x {.id} AS partner ORDER BY x.name }
END AS partners,
CASE WHEN $with.themes THEN COLLECT { MATCH (p)-[:ADDRESSES]->(t:Theme) RETURN t.id ORDER BY t.id } END AS themes,
CASE WHEN $with.groups THEN COLLECT { MATCH (p)-[:BENEFITS]->(g:Group) RETURN g.id ORDER BY g.id } END AS groups,
CASE WHEN $with.stages THEN COLLECT { MATCH (p)-[:AT_STAGE]->(s:Stage) RETURN s.id ORDER BY s.id } END AS stages,
CASE WHEN $with.objectives THEN COLLECT { MATCH (p)-[:SUPPORTS]->(o:Objective) RETURN o.id ORDER BY o.number } END AS objectives,
CASE WHEN $with.targets THEN COLLECT { MATCH (p)-[:CONTRIBUTES_TO]->(t:Target) RETURN t.id ORDER BY t.goal, t.id } END AS targets,
CASE WHEN $withRow THEN
// @include practice/_rowMap
ELSE p {.id, .title} END AS practice
