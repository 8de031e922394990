// The reference data the API caches (immutable between loads): themes, groups, stages,
// instruments with their provisions and groundings, countries and documents.
RETURN
  COLLECT { MATCH (t:Theme) RETURN t {.id, .name, .nameFr, .description} ORDER BY t.id } AS themes,
  COLLECT { MATCH (g:Group) RETURN g {.id, .name, .nameFr} ORDER BY g.id } AS groups,
  COLLECT { MATCH (s:Stage) RETURN s {.id, .name, .nameFr} ORDER BY s.id } AS stages,
  COLLECT {
    MATCH (i:Instrument)
    OPTIONAL MATCH (i)-[:INTERPRETS]->(t:Instrument)
    RETURN i {.id, .name, .nameFr, .kind, .adopted, .body, .ratificationStatusKnown, interprets: t.id,
              ratificationCount: CASE WHEN i.ratificationStatusKnown THEN COUNT { (:Country)-[:RATIFIED]->(i) } END,
              backs: EXISTS { (i)-[:BACKS]->() }}
    ORDER BY i.id
  } AS instruments,
  COLLECT {
    MATCH (p:Provision)-[:PART_OF]->(i:Instrument)
    RETURN p {.id, .article, .label, instrument: i.id} ORDER BY p.id
  } AS provisions,
  COLLECT {
    MATCH (src)-[g:GROUNDS]->(t:Theme)
    OPTIONAL MATCH (src)-[:PART_OF]->(owner:Instrument)
    RETURN {theme: t.id, instrument: coalesce(owner.id, src.id), provision: CASE WHEN src:Provision THEN src.id END,
            basis: g.basis, evidence: g.evidence, footnote: g.footnote}
    ORDER BY t.id, src.id
  } AS groundings,
  COLLECT {
    MATCH (c:Country)
    RETURN c {.id, .iso2, .name, .nameFr, .region, .subregion, .unMember} ORDER BY c.id
  } AS countries,
  COLLECT { MATCH (d:Document) RETURN d {.id, .title, .file, .sha256, .year, .publisher} ORDER BY d.id } AS documents
