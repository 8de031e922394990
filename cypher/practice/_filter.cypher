// Fragment: the practices matching a PracticeFilter, as rows `p, score`. Every parameter is
// null when its filter is absent; values in one list are alternatives (OR), filters combine
// with AND. Included by the page, count and coverage statements. The two branches exclude each
// other (text or no text), hence UNION ALL: no de-duplication of every practice.
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
