// One row per matching practice for the CSV export: its fields, its related countries, partners,
// themes, groups, stages, Compact objectives, SDG targets and backing instruments (ids, names and
// the specificity of the most specific backing of each, see src/backing/backingRule.ts), and its source citation.
// @include practice/_filter
WITH p ORDER BY p.title, p.id
RETURN p {.id, .title, .summary, .webLinks, .tags, .thematicAreas, .countryField, .partnerField, .implementedByPartners, .sourceDocument, .sourceLines, .basis, .evidence} AS practice,
  COLLECT { MATCH (p)-[:IMPLEMENTED_BY]->(x:Country) RETURN x {.id, .name} ORDER BY x.id } AS countries,
  COLLECT { MATCH (p)-[:CONCERNS]->(x:Country) RETURN x {.id, .name} ORDER BY x.id } AS concerns,
  COLLECT { MATCH (p)-[:PARTNERS_WITH]->(x:Partner) RETURN x {.id, .name, .kind} ORDER BY x.id } AS partners,
  COLLECT { MATCH (p)-[:ADDRESSES]->(x:Theme) RETURN x {.id, .name} ORDER BY x.id } AS themes,
  COLLECT { MATCH (p)-[:BENEFITS]->(x:Group) RETURN x {.id, .name} ORDER BY x.id } AS groups,
  COLLECT { MATCH (p)-[:AT_STAGE]->(x:Stage) RETURN x {.id, .name} ORDER BY x.id } AS stages,
  // A map projection takes its variable's name: sort on the node before projecting it.
  COLLECT { MATCH (p)-[:SUPPORTS]->(x:Objective) WITH x ORDER BY x.number RETURN x {.id, .name} } AS objectives,
  COLLECT { MATCH (p)-[:CONTRIBUTES_TO]->(x:Target) WITH x ORDER BY x.goal, x.id RETURN x {.id, .name} } AS targets,
  COLLECT {
    MATCH (p)<-[b:BACKS]-(i:Instrument)
    WITH i, b ORDER BY b.specificityRank DESC
    WITH i, head(collect(b.specificity)) AS specificity
    RETURN i {.id, .name, specificity: specificity} AS x ORDER BY x.id
  } AS instruments,
  COLLECT { MATCH (d:Document)-[:DESCRIBES]->(p) RETURN d {.id, .title, .file} } AS documents
