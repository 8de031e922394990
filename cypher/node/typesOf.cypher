// Which of the graph's own labels hold each bare id (one without a `<Type>:` prefix), for
// Query.node and Query.nodes. Only the labels the reference cache does not hold (practices,
// partners, recommendations, guiding questions); one branch per label, so each lookup uses its
// uniqueness index. An id two labels hold comes back twice, and the caller says it is ambiguous.
UNWIND $ids AS id
CALL (id) {
  MATCH (:Practice {id: id}) RETURN 'Practice' AS type
  UNION MATCH (:Partner {id: id}) RETURN 'Partner' AS type
  UNION MATCH (:Recommendation {id: id}) RETURN 'Recommendation' AS type
  UNION MATCH (:GuidingQuestion {id: id}) RETURN 'GuidingQuestion' AS type
}
RETURN id, type
ORDER BY id, type
