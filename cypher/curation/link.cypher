// A curated link from a practice to a node of the type the link needs. The relationship type and
// target label come from a closed list in code (curation/linkTargets.ts), never from the client.
MATCH (p:Practice {id: $id})
CALL (p) {
  WITH p WHERE $type = 'IMPLEMENTED_BY' MATCH (t:Country {id: $target}) MERGE (p)-[r:IMPLEMENTED_BY]->(t) RETURN r
  UNION WITH p WHERE $type = 'CONCERNS' MATCH (t:Country {id: $target}) MERGE (p)-[r:CONCERNS]->(t) RETURN r
  UNION WITH p WHERE $type = 'MENTIONS' MATCH (t:Country {id: $target}) MERGE (p)-[r:MENTIONS]->(t) RETURN r
  UNION WITH p WHERE $type = 'PARTNERS_WITH' MATCH (t:Partner {id: $target}) MERGE (p)-[r:PARTNERS_WITH]->(t) RETURN r
  UNION WITH p WHERE $type = 'ADDRESSES' MATCH (t:Theme {id: $target}) MERGE (p)-[r:ADDRESSES]->(t) RETURN r
  UNION WITH p WHERE $type = 'BENEFITS' MATCH (t:Group {id: $target}) MERGE (p)-[r:BENEFITS]->(t) RETURN r
  UNION WITH p WHERE $type = 'AT_STAGE' MATCH (t:Stage {id: $target}) MERGE (p)-[r:AT_STAGE]->(t) RETURN r
  UNION WITH p WHERE $type = 'SUPPORTS' MATCH (t:Objective {id: $target}) MERGE (p)-[r:SUPPORTS]->(t) RETURN r
  UNION WITH p WHERE $type = 'CONTRIBUTES_TO' MATCH (t:Target {id: $target}) MERGE (p)-[r:CONTRIBUTES_TO]->(t) RETURN r
  UNION WITH p WHERE $type = 'BACKED_BY' MATCH (t:Instrument {id: $target}) MERGE (p)-[r:BACKED_BY]->(t) RETURN r
}
// A curated link replaces whatever made the edge before (a rule, the seed): the curator owns it now.
// Its creator is the curator who first made it curated; re-stating it only updates it.
SET r.createdBy = CASE WHEN r.curatedAt IS NULL THEN $curator ELSE r.createdBy END,
  r.createdAt = CASE WHEN r.curatedAt IS NULL THEN datetime($at) ELSE r.createdAt END
SET r.basis = 'curated', r.evidence = $evidence, r.curatedAt = datetime($at), r.rule = null, r.loadedFrom = null,
  r.updatedBy = $curator, r.updatedAt = datetime($at)
// It also lifts the tombstone of the same edge unlinked before: the curator changed their mind.
WITH count(r) AS linked
CALL (linked) {
  WITH linked WHERE linked > 0
  MATCH (x:Tombstone {key: 'Edge:' + $id + ':' + $type + ':' + $target})
  DELETE x
}
RETURN linked
