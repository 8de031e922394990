// Fragment: the practices matching a PracticeFilter, as rows `p, score`: the full-text search
// when $text is set, then the structured filters (_conditions). Included by the count, coverage
// and full-text page statements. Each statement is sent in the shape for its question (text or
// no text; see src/db/cypherShapes.ts).
// @when $text
CALL db.index.fulltext.queryNodes('practice_text', $text) YIELD node AS p, score
// @else
MATCH (p:Practice)
WITH p, 0.0 AS score
// @end
WITH p, score
WHERE
// @include practice/_conditions
