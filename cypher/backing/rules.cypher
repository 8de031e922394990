// What the backing rule (src/backing/backingRule.ts) reads of the graph besides the practices
// themselves: how each theme is grounded (by an instrument, or by a provision and the instrument
// it is PART_OF), which committee texts interpret which treaties, each instrument's scope and
// names, and the names of the groups, stages and themes its reasons speak of. Small (the
// reference data), so one row, read once per load and once per curation write.
RETURN
  COLLECT {
    MATCH (t:Theme)<-[g:GROUNDS]-(src)
    OPTIONAL MATCH (src)-[po:PART_OF]->(owner:Instrument)
    RETURN {theme: t.id, srcLabel: labels(src)[0], src: src.id, srcIsProvision: src:Provision, srcIsInstrument: src:Instrument,
      basis: g.basis, evidence: g.evidence, rule: g.rule, footnote: g.footnote,
      owner: owner.id, partOfBasis: po.basis, partOfEvidence: po.evidence}
  } AS groundings,
  COLLECT {
    MATCH (i:Instrument)-[ip:INTERPRETS]->(treaty:Instrument)
    RETURN {from: i.id, to: treaty.id, basis: ip.basis, evidence: ip.evidence}
  } AS interprets,
  COLLECT {
    MATCH (i:Instrument)
    RETURN {id: i.id, textNames: coalesce(i.textNames, []), protects: coalesce(i.protects, []),
      scopeStages: coalesce(i.scopeStages, []), scopeThemes: coalesce(i.scopeThemes, []), scopeEvidence: i.scopeEvidence}
  } AS instruments,
  COLLECT { MATCH (g:Group) RETURN {id: g.id, name: g.name} } AS groups,
  COLLECT { MATCH (st:Stage) RETURN {id: st.id, name: st.name} } AS stages,
  COLLECT { MATCH (t:Theme) RETURN {id: t.id, name: t.name} } AS themes
