// Full-text search across practices (title, summary, tags) and the names of partners, countries
// and instruments; unnamed partner categories are left out.
CALL () {
  CALL db.index.fulltext.queryNodes('practice_text', $text) YIELD node, score
  RETURN node, score
  UNION ALL
  CALL db.index.fulltext.queryNodes('entity_names', $text) YIELD node, score
  RETURN node, score
}
WITH node, score WHERE NOT coalesce(node.generic, false)
RETURN labels(node)[0] AS type, node.id AS id, score
ORDER BY score DESC, id ASC
LIMIT $limit
