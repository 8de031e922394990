// THE backing rule, written once: which instruments back a practice, and through which steps.
// Every reader (backedBy, the instrument filter, the matrix, coverage, gaps, exports) reads the
// BACKS relationships this statement writes, never the path itself.
//   An instrument backs a theme when it, or one of its provisions (PART_OF it), GROUNDS the
//   theme. It backs a practice when it backs a theme the practice ADDRESSES, or when a curator
//   linked the practice to it directly (BACKED_BY). A committee text that backs something
//   INTERPRETS a treaty, which then backs it one step further. A protocol SUPPLEMENTS its
//   convention without interpreting it: a treaty of its own, ratified apart, it backs only what
//   it grounds itself (the paper grounds the ILO's 2014 protocol and C29 each in its own words).
// A GROUNDS step the project inferred (basis `inferred`) carries the rule that says why.
// Each BACKS edge carries the theme it goes through (null for a direct link), the provision the
// paper cites (null through INTERPRETS), the basis of the first step, and the whole path with
// every step's provenance (`pathFrom`, `pathType`, `pathTo`, `pathBasis`, ...: one list per field). Run at every load for everything ($practiceIds null:
// every practice; $withThemes: the themes too) and at every curation write for the practice it
// touched, in the same transaction, so the derived edges never disagree with their sources.
CALL () {
  MATCH (s:Practice) WHERE $practiceIds IS NULL OR s.id IN $practiceIds RETURN s
  UNION
  MATCH (s:Theme) WHERE $withThemes RETURN s
}
CALL (s) {
  MATCH (s)<-[old:BACKS]-(:Instrument)
  DELETE old
}
CALL (s) {
  // How the subject reaches a theme: a theme is its own, a practice ADDRESSES it.
  CALL (s) {
    WITH s WHERE s:Theme
    RETURN s AS t, [] AS lead, null AS leadBasis
    UNION
    MATCH (s:Practice)-[a:ADDRESSES]->(t:Theme)
    RETURN t, [{from: 'Practice:' + s.id, type: 'ADDRESSES', to: 'Theme:' + t.id,
      basis: a.basis, evidence: a.evidence, rule: a.rule, footnote: null}] AS lead, a.basis AS leadBasis
  }
  MATCH (t)<-[g:GROUNDS]-(src)
  OPTIONAL MATCH (src)-[po:PART_OF]->(owner:Instrument)
  WITH t, g, src, po, lead, leadBasis, coalesce(owner, src) AS inst
  RETURN inst, t.id AS theme, coalesce(leadBasis, g.basis) AS basis, CASE WHEN src:Provision THEN src.id END AS provision,
    lead + [{from: labels(src)[0] + ':' + src.id, type: 'GROUNDS', to: 'Theme:' + t.id,
      basis: g.basis, evidence: g.evidence, rule: g.rule, footnote: g.footnote}]
    + CASE WHEN po IS NULL THEN [] ELSE [{from: 'Provision:' + src.id, type: 'PART_OF', to: 'Instrument:' + inst.id, basis: po.basis, evidence: po.evidence, rule: null, footnote: null}] END AS steps
  UNION
  MATCH (s:Practice)-[b:BACKED_BY]->(inst:Instrument)
  RETURN inst, null AS theme, b.basis AS basis, null AS provision,
    [{from: 'Practice:' + s.id, type: 'BACKED_BY', to: 'Instrument:' + inst.id,
      basis: b.basis, evidence: b.evidence, rule: null, footnote: null}] AS steps
}
CALL (inst) {
  RETURN inst AS target, null AS ip
  UNION
  MATCH (inst)-[ip:INTERPRETS]->(treaty:Instrument)
  RETURN treaty AS target, ip
}
WITH s, target, theme, basis, inst.id AS via, CASE WHEN target = inst THEN provision END AS provision,
  steps + CASE WHEN ip IS NULL THEN [] ELSE [{from: 'Instrument:' + inst.id, type: 'INTERPRETS', to: 'Instrument:' + target.id, basis: ip.basis, evidence: ip.evidence, rule: null, footnote: null}] END AS path
// How specific the backing is to this practice (README "How specific is a backing?"), from the
// instrument's scope (seeds/reference/instrument-scope.yaml, loaded onto the instrument):
//   NAMED_IN_TEXT (5) the practice's title or summary names the instrument (one of its textNames);
//   DIRECT_LINK (4)   a curator linked the practice to it (BACKED_BY);
//   GROUP (3)         it protects a group the practice BENEFITS;
//   SCOPE (2)         its scope is a stage the practice is AT_STAGE, or wholly a theme the practice ADDRESSES;
//   THEMATIC (1)      none of these: it grounds a theme the practice addresses, as it does for every such practice.
// The specificity is the highest that holds; `reasons` says each one that holds, most specific first.
WITH s, target, theme, basis, via, provision, path,
  CASE WHEN s:Practice THEN [k IN range(0, size(coalesce(target.textNames, [])) - 1)
    WHERE coalesce(s.title, '') =~ target.textNamePatterns[k] OR coalesce(s.summary, '') =~ target.textNamePatterns[k]
    | {name: target.textNames[k], field: CASE WHEN coalesce(s.title, '') =~ target.textNamePatterns[k] THEN 'title' ELSE 'summary' END}] ELSE [] END AS named,
  // Ordered by id, so the reasons read the same after any reload or replay.
  COLLECT { MATCH (s)-[:BENEFITS]->(g:Group) WHERE g.id IN coalesce(target.protects, []) RETURN g ORDER BY g.id } AS groups,
  COLLECT { MATCH (s)-[:AT_STAGE]->(st:Stage) WHERE st.id IN coalesce(target.scopeStages, []) RETURN st ORDER BY st.id } AS stages,
  COLLECT { MATCH (s)-[:ADDRESSES]->(t:Theme) WHERE t.id IN coalesce(target.scopeThemes, []) RETURN t ORDER BY t.id } AS wholeThemes
WITH s, target, theme, basis, via, provision, path, named, groups, stages, wholeThemes,
  CASE WHEN size(named) > 0 THEN 5 WHEN path[0].type = 'BACKED_BY' THEN 4 WHEN size(groups) > 0 THEN 3
    WHEN size(stages) + size(wholeThemes) > 0 THEN 2 ELSE 1 END AS rank
WITH s, target, theme, basis, provision, path, rank,
  [n IN named | 'the practice\'s ' + n.field + ' names the ' + target.id + ': "' + n.name + '"']
  + CASE WHEN path[0].type = 'BACKED_BY' THEN ['a curator linked the practice to the ' + target.id + ' directly (BACKED_BY: ' + coalesce(path[0].evidence, '') + ')'] ELSE [] END
  + [g IN groups | 'the ' + target.id + ' protects ' + toLower(g.name) + ', whom the practice benefits (BENEFITS ' + g.id + '; ' + target.scopeEvidence + ')']
  + [st IN stages | 'the ' + target.id + '\'s scope is the ' + toLower(st.name) + ' stage, where the practice works (AT_STAGE ' + st.id + '; ' + target.scopeEvidence + ')']
  + [t IN wholeThemes | 'the ' + target.id + ' is wholly about ' + toLower(t.name) + ', which the practice addresses (ADDRESSES ' + t.id + '; ' + target.scopeEvidence + ')']
  + CASE WHEN theme IS NULL THEN []
      WHEN s:Theme THEN ['the ' + target.id + CASE WHEN via <> target.id THEN ' (through the ' + via + ', which interprets it)' ELSE '' END + ' grounds the theme ' + theme]
      ELSE [CASE WHEN rank = 1 THEN 'thematic only: ' ELSE 'thematic: ' END + 'the ' + target.id
        + CASE WHEN via <> target.id THEN ' (through the ' + via + ', which interprets it)' ELSE '' END
        + ' grounds ' + theme + ', which the practice addresses (ADDRESSES ' + theme + ')'] END AS reasons
// A property holds no list of maps: the path is stored as one list per field, '' for none. The
// evidence names the path in words, so the edge is traceable like any other.
CREATE (target)-[:BACKS {theme: theme, provision: provision, basis: basis, rule: 'cypher/backing/derive.cypher',
  evidence: 'derived from ' + reduce(text = '', x IN path | text + CASE WHEN text = '' THEN '' ELSE '; ' END + x.from + ' ' + x.type + ' ' + x.to),
  pathFrom: [x IN path | x.from], pathType: [x IN path | x.type], pathTo: [x IN path | x.to],
  pathBasis: [x IN path | coalesce(x.basis, '')], pathEvidence: [x IN path | coalesce(x.evidence, '')],
  pathRule: [x IN path | coalesce(x.rule, '')], pathFootnote: [x IN path | coalesce(x.footnote, '')],
  specificity: ['THEMATIC', 'SCOPE', 'GROUP', 'DIRECT_LINK', 'NAMED_IN_TEXT'][rank - 1], specificityRank: rank, reasons: reasons}]->(s)
RETURN count(*) AS derived
