// Finds nodes by type and id (from global ids `<Type>:<id>`), returning their element ids for
// the traversal statements. One branch per label, so each lookup uses its uniqueness index.
UNWIND $keys AS k
CALL (k) {
  WITH k WHERE k.type = 'Practice' MATCH (n:Practice {id: k.id}) RETURN n
  UNION WITH k WHERE k.type = 'Country' MATCH (n:Country {id: k.id}) RETURN n
  UNION WITH k WHERE k.type = 'Partner' MATCH (n:Partner {id: k.id}) RETURN n
  UNION WITH k WHERE k.type = 'Theme' MATCH (n:Theme {id: k.id}) RETURN n
  UNION WITH k WHERE k.type = 'Instrument' MATCH (n:Instrument {id: k.id}) RETURN n
  UNION WITH k WHERE k.type = 'Provision' MATCH (n:Provision {id: k.id}) RETURN n
  UNION WITH k WHERE k.type = 'Group' MATCH (n:Group {id: k.id}) RETURN n
  UNION WITH k WHERE k.type = 'Stage' MATCH (n:Stage {id: k.id}) RETURN n
  UNION WITH k WHERE k.type = 'Objective' MATCH (n:Objective {id: k.id}) RETURN n
  UNION WITH k WHERE k.type = 'GuidingPrinciple' MATCH (n:GuidingPrinciple {id: k.id}) RETURN n
  UNION WITH k WHERE k.type = 'Target' MATCH (n:Target {id: k.id}) RETURN n
  UNION WITH k WHERE k.type = 'Document' MATCH (n:Document {id: k.id}) RETURN n
  UNION WITH k WHERE k.type = 'Recommendation' MATCH (n:Recommendation {id: k.id}) RETURN n
  UNION WITH k WHERE k.type = 'GuidingQuestion' MATCH (n:GuidingQuestion {id: k.id}) RETURN n
}
RETURN k.type + ':' + k.id AS key, elementId(n) AS eid,
// @include explore/_node
