// The reference data the API caches (immutable between loads): themes, groups, stages, the
// Global Compact's objectives (with the themes they relate to) and guiding principles, SDG targets,
// instruments with their provisions and groundings, countries and documents with what they cite
// and who contributed to them.
RETURN
  COLLECT { MATCH (t:Theme) RETURN t {.id, .name, .nameFr, .description} ORDER BY t.id } AS themes,
  COLLECT { MATCH (g:Group) RETURN g {.id, .name, .nameFr} ORDER BY g.id } AS groups,
  COLLECT { MATCH (s:Stage) RETURN s {.id, .name, .nameFr} ORDER BY s.id } AS stages,
  COLLECT {
    MATCH (o:Objective)
    RETURN o {.id, .number, .name, .nameFr, .basis, .evidence,
              themes: COLLECT { MATCH (o)-[r:RELATES_TO]->(t:Theme) RETURN {theme: t.id, basis: r.basis, evidence: r.evidence} ORDER BY t.id }}
    ORDER BY o.number
  } AS objectives,
  COLLECT { MATCH (g:GuidingPrinciple) RETURN g {.id, .name, .nameFr, .basis, .evidence} ORDER BY g.id } AS guidingPrinciples,
  COLLECT { MATCH (t:Target) RETURN t {.id, .target, .goal, .name, .nameFr, .why, .basis, .evidence} ORDER BY t.goal, t.id } AS targets,
  COLLECT {
    MATCH (i:Instrument)
    OPTIONAL MATCH (i)-[:INTERPRETS]->(t:Instrument)
    OPTIONAL MATCH (i)-[:SUPPLEMENTS]->(s:Instrument)
    RETURN i {.id, .name, .nameFr, .kind, .adopted, .body, .ratificationStatusKnown, interprets: t.id, supplements: s.id,
              // A partial ILO table counts only the rows it has: no total.
              ratificationCount: CASE WHEN i.ratificationStatusKnown AND (i.ratificationComplete OR NOT i.kind IN ['ILO_CONVENTION', 'ILO_PROTOCOL'])
                                 THEN COUNT { (:Country)-[:RATIFIED]->(i) } END,
              backs: EXISTS { (i)-[:BACKS]->() }}
    ORDER BY i.id
  } AS instruments,
  COLLECT {
    MATCH (p:Provision)-[:PART_OF]->(i:Instrument)
    RETURN p {.id, .article, .label, instrument: i.id} ORDER BY p.id
  } AS provisions,
  // What the paper says grounds each theme: the theme's BACKS edges (src/backing/backingRule.ts holds the
  // rule) that do not go on through INTERPRETS, with the provenance of their GROUNDS step.
  COLLECT {
    MATCH (t:Theme)<-[b:BACKS]-(i:Instrument)
    WHERE NOT 'INTERPRETS' IN b.pathType
    RETURN {theme: t.id, instrument: i.id, provision: b.provision,
            basis: b.pathBasis[0], evidence: b.pathEvidence[0], footnote: CASE WHEN b.pathFootnote[0] <> '' THEN b.pathFootnote[0] END,
            rule: CASE WHEN b.pathRule[0] <> '' THEN b.pathRule[0] END}
    ORDER BY t.id, coalesce(b.provision, i.id)
  } AS groundings,
  COLLECT {
    MATCH (c:Country)
    RETURN c {.id, .iso2, .name, .nameFr, .region, .subregion, .unMember} ORDER BY c.id
  } AS countries,
  COLLECT { MATCH (d:Document) RETURN d {.id, .title, .file, .sha256, .year, .publisher} ORDER BY d.id } AS documents,
  // A citation of a provision names its instrument too; `lines` orders them as the text does.
  COLLECT {
    MATCH (d:Document)-[c:CITES]->(t)
    OPTIONAL MATCH (t:Provision)-[:PART_OF]->(owner:Instrument)
    RETURN {document: d.id, instrument: coalesce(owner.id, t.id), provision: CASE WHEN t:Provision THEN t.id END,
            footnote: c.footnote, inline: coalesce(c.inline, false), lines: c.lines, basis: c.basis, evidence: c.evidence}
    ORDER BY d.id, c.lines[0], t.id
  } AS citations,
  COLLECT {
    MATCH (d:Document)-[c:CONTRIBUTED_BY]->(t)
    WHERE t:Country OR t:Partner
    RETURN {document: d.id, role: c.role, country: CASE WHEN t:Country THEN t.id END, partner: CASE WHEN t:Partner THEN t.id END,
            lines: c.lines, basis: c.basis, evidence: c.evidence}
    ORDER BY d.id, c.lines[0], t.id
  } AS contributions
