// The practices the backing rule (src/backing/backingRule.ts) derives for, with every edge it
// reads of each ($practiceIds null: every practice).
MATCH (s:Practice)
WHERE $practiceIds IS NULL OR s.id IN $practiceIds
RETURN s.id AS id, s.title AS title, s.summary AS summary,
  COLLECT { MATCH (s)-[a:ADDRESSES]->(t:Theme) RETURN {theme: t.id, basis: a.basis, evidence: a.evidence, rule: a.rule} } AS addresses,
  COLLECT { MATCH (s)-[b:BACKED_BY]->(i:Instrument) RETURN {instrument: i.id, basis: b.basis, evidence: b.evidence} } AS backedBy,
  COLLECT { MATCH (s)-[:BENEFITS]->(g:Group) RETURN g.id } AS groups,
  COLLECT { MATCH (s)-[:AT_STAGE]->(st:Stage) RETURN st.id } AS stages
