// The types holding each bare id (one without a `<Type>:` prefix), for Query.node, Query.nodes and
// the curation check that a new practice's id is new to the whole graph. One branch per label, so
// each lookup uses that label's uniqueness index. Ids are unique across types (src/load/entityIds.ts),
// so an id comes back at most once; a store loaded otherwise could hold one twice, and callers say so.
UNWIND $ids AS id
CALL (id) {
  MATCH (:Practice {id: id}) RETURN 'Practice' AS type
  UNION MATCH (:Country {id: id}) RETURN 'Country' AS type
  UNION MATCH (:Partner {id: id}) RETURN 'Partner' AS type
  UNION MATCH (:Theme {id: id}) RETURN 'Theme' AS type
  UNION MATCH (:Instrument {id: id}) RETURN 'Instrument' AS type
  UNION MATCH (:Provision {id: id}) RETURN 'Provision' AS type
  UNION MATCH (:Group {id: id}) RETURN 'Group' AS type
  UNION MATCH (:Stage {id: id}) RETURN 'Stage' AS type
  UNION MATCH (:Objective {id: id}) RETURN 'Objective' AS type
  UNION MATCH (:GuidingPrinciple {id: id}) RETURN 'GuidingPrinciple' AS type
  UNION MATCH (:Target {id: id}) RETURN 'Target' AS type
  UNION MATCH (:Document {id: id}) RETURN 'Document' AS type
  UNION MATCH (:Recommendation {id: id}) RETURN 'Recommendation' AS type
  UNION MATCH (:GuidingQuestion {id: id}) RETURN 'GuidingQuestion' AS type
}
RETURN id, type
ORDER BY id, type
