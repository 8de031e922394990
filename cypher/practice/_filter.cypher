// Fragment: the practices matching a PracticeFilter, as rows `p, score`: the full-text search
// when $text is set, then the structured filters (_conditions). Included by the count, coverage
// and full-text page statements. The two branches exclude each other (text or no text), hence
// UNION ALL: no de-duplication of every practice.
CALL () {
  WITH $text AS text WHERE text IS NULL
  MATCH (p:Practice)
  RETURN p, 0.0 AS score
  UNION ALL
  WITH $text AS text WHERE text IS NOT NULL
  CALL db.index.fulltext.queryNodes('practice_text', text) YIELD node, score
  RETURN node AS p, score
}
WITH p, score
WHERE
// @include practice/_conditions
