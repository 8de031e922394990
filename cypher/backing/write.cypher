// The BACKS edges the backing rule (src/backing/backingRule.ts) derived, for practices or (at a
// load) for themes. A step or a text is shared by many edges (a theme's grounding by every
// practice that addresses it), and a list of maps repeats every key: sent as maps, sending
// 1,000 practices' edges was most of the write's time. So each edge is one list of integers
// (src/backing/rederiveBackings.ts writes them):
//   [target, subject, theme, provision, basis, specificity, specificityRank, pathLength, ...path, ...reasons]
// where target, subject, theme, provision, basis, specificity and each reason index $texts (whose
// first element is null) and each element of the path indexes $steps.
// @variant PRACTICE  label=Practice
// @variant THEME     label=Theme
UNWIND $edges AS e
MATCH (target:Instrument {id: $texts[e[0]]})
MATCH (s:{{label}} {id: $texts[e[1]]})
WITH target, s, e, [k IN e[8..8 + e[7]] | $steps[k]] AS path, [k IN e[8 + e[7]..] | $texts[k]] AS reasons
// A property holds no list of maps: the path is stored as one list per field, '' for none. The
// evidence names the path in words, so the edge is traceable like any other.
CREATE (target)-[:BACKS {theme: $texts[e[2]], provision: $texts[e[3]], basis: $texts[e[4]], rule: $rule,
  evidence: 'derived from ' + reduce(text = '', x IN path | text + CASE WHEN text = '' THEN '' ELSE '; ' END + x.from + ' ' + x.type + ' ' + x.to),
  pathFrom: [x IN path | x.from], pathType: [x IN path | x.type], pathTo: [x IN path | x.to],
  pathBasis: [x IN path | coalesce(x.basis, '')], pathEvidence: [x IN path | coalesce(x.evidence, '')],
  pathRule: [x IN path | coalesce(x.rule, '')], pathFootnote: [x IN path | coalesce(x.footnote, '')],
  specificity: $texts[e[5]], specificityRank: e[6], reasons: reasons}]->(s)
