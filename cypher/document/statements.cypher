// The paper's recommendations or guiding questions (one statement per label, see
// src/db/cypherVariants.ts), in the document's order, each with what it speaks of (its SPEAKS_OF
// edges to themes, groups and stages, with their provenance). $document and $themes narrow the
// list when set.
// @variant RECOMMENDATION    label=Recommendation
// @variant GUIDING_QUESTION  label=GuidingQuestion
MATCH (d:Document)-[:CONTAINS]->(s:{{label}})
WHERE ($document IS NULL OR d.id = $document)
  AND ($themes IS NULL OR EXISTS { (s)-[:SPEAKS_OF]->(t:Theme) WHERE t.id IN $themes })
RETURN s {.id, .number, .text, .sourceLines, .basis, .evidence, document: d.id,
  speaksOf: COLLECT {
    MATCH (s)-[r:SPEAKS_OF]->(x)
    RETURN {type: labels(x)[0], id: x.id, basis: r.basis, evidence: r.evidence, rule: r.rule} AS topic
    ORDER BY topic.type, topic.id
  }} AS statement
ORDER BY d.id, s.number
