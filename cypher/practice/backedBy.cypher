// The instruments backing each practice, with the evidence path: the practice ADDRESSES a theme,
// a provision or instrument GROUNDS it, a provision is PART_OF its instrument, and a committee
// text or protocol INTERPRETS its treaty (which then backs the practice one step further). A
// curator's direct BACKED_BY link is a backing of its own, with no theme.
// The practice row comes along, so that `practice(id) { backedBy }` is one statement.
UNWIND $ids AS id
MATCH (p:Practice {id: id})
CALL (p) {
  CALL (p) {
    MATCH (p)-[a:ADDRESSES]->(t:Theme)<-[g:GROUNDS]-(src)
    OPTIONAL MATCH (src)-[po:PART_OF]->(owner:Instrument)
    WITH p, a, t, g, src, po, coalesce(owner, src) AS inst
    RETURN inst, t.id AS theme, a.basis AS basis, CASE WHEN src:Provision THEN src.id END AS provision,
      [{from: 'Practice:' + p.id, fromLabel: 'Practice', type: 'ADDRESSES', to: 'Theme:' + t.id, toLabel: 'Theme',
        basis: a.basis, evidence: a.evidence, rule: a.rule, footnote: null},
       {from: labels(src)[0] + ':' + src.id, fromLabel: labels(src)[0], type: 'GROUNDS', to: 'Theme:' + t.id, toLabel: 'Theme',
        basis: g.basis, evidence: g.evidence, rule: null, footnote: g.footnote}]
      + CASE WHEN po IS NULL THEN [] ELSE [{from: 'Provision:' + src.id, fromLabel: 'Provision', type: 'PART_OF', to: 'Instrument:' + inst.id,
        toLabel: 'Instrument', basis: po.basis, evidence: po.evidence, rule: null, footnote: null}] END AS steps
    UNION
    MATCH (p)-[b:BACKED_BY]->(inst:Instrument)
    RETURN inst, null AS theme, b.basis AS basis, null AS provision,
      [{from: 'Practice:' + p.id, fromLabel: 'Practice', type: 'BACKED_BY', to: 'Instrument:' + inst.id, toLabel: 'Instrument',
        basis: b.basis, evidence: b.evidence, rule: null, footnote: null}] AS steps
  }
  CALL (inst) {
    RETURN inst AS target, null AS ip
    UNION
    MATCH (inst)-[ip:INTERPRETS]->(treaty:Instrument)
    RETURN treaty AS target, ip
  }
  WITH target, theme, basis, provision, inst,
    steps + CASE WHEN ip IS NULL THEN [] ELSE [{from: 'Instrument:' + inst.id, fromLabel: 'Instrument', type: 'INTERPRETS', to: 'Instrument:' + target.id,
      toLabel: 'Instrument', basis: ip.basis, evidence: ip.evidence, rule: null, footnote: null}] END AS path
  RETURN collect({instrument: target.id, provision: CASE WHEN target = inst THEN provision END, theme: theme, basis: basis, path: path}) AS backings
}
RETURN id, backings,
// @include practice/_row
